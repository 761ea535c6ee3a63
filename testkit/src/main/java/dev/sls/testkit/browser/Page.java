package dev.sls.testkit.browser;

import java.util.LinkedHashSet;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;
import org.jsoup.select.Elements;

/** One response as the {@link Browser} ended up with it, after following redirects. */
public final class Page {

    /** Where Keycloak themes (keycloak.v2 / PatternFly 5 and the older ones) put error messages. */
    private static final String ERROR_SELECTOR = String.join(", ",
            "[id^=input-error]:not([id^=input-error-container])",
            ".pf-v5-c-alert__title",
            ".kc-feedback-text",
            "#kc-error-message",
            ".alert-error");

    private final Browser browser;
    private final int status;
    private final String url;
    private final String html;
    private final String redirectLocation;
    private Document document;

    Page(Browser browser, int status, String url, String html, String redirectLocation) {
        this.browser = browser;
        this.status = status;
        this.url = url;
        this.html = html == null ? "" : html;
        this.redirectLocation = redirectLocation;
    }

    Browser browser() {
        return browser;
    }

    public int status() {
        return status;
    }

    /** URL this response came from (the last URL requested). */
    public String url() {
        return url;
    }

    /** Raw response body. */
    public String html() {
        return html;
    }

    /** Parsed body, with {@link #url()} as base URI so {@code absUrl(...)} resolves relative links. */
    public Document document() {
        if (document == null) {
            document = Jsoup.parse(html, url);
        }
        return document;
    }

    public String title() {
        return document().title();
    }

    /** Visible text of the body, whitespace-normalised. */
    public String text() {
        return document().body() == null ? "" : document().body().text();
    }

    /** The {@code lang} attribute of {@code <html>}, or "" if absent. */
    public String lang() {
        Element root = document().selectFirst("html");
        return root == null ? "" : root.attr("lang");
    }

    /**
     * The redirect target when the browser stopped at its stop prefix (e.g. the OAuth redirect_uri with
     * {@code code} and {@code state}), otherwise null.
     */
    public String redirectLocation() {
        return redirectLocation;
    }

    public boolean isRedirect() {
        return redirectLocation != null;
    }

    /**
     * Text of the error messages on the page (field errors, alert titles, feedback text), joined by
     * a single space, or "" if there are none.
     */
    public String errorText() {
        Elements candidates = document().select(ERROR_SELECTOR);
        Set<String> texts = new LinkedHashSet<>();
        for (Element element : candidates) {
            if (!hasAncestorIn(element, candidates)) {
                String text = element.text().trim();
                if (!text.isEmpty()) {
                    texts.add(text);
                }
            }
        }
        return String.join(" ", texts);
    }

    /** The form matched by {@code cssSelector} (e.g. {@code "#kc-form-login"}); fails if there is none. */
    public Form form(String cssSelector) {
        Element element = document().selectFirst(cssSelector);
        if (element == null) {
            throw new IllegalStateException("No element '" + cssSelector + "' on " + describe());
        }
        if (!(element instanceof FormElement form)) {
            throw new IllegalStateException("'" + cssSelector + "' is a <" + element.tagName()
                    + ">, not a <form>, on " + describe());
        }
        return new Form(browser, this, form);
    }

    /** Whether any element matches {@code cssSelector}. */
    public boolean has(String cssSelector) {
        return document().selectFirst(cssSelector) != null;
    }

    /** Short description for assertion messages: status, URL, title and any error text. */
    public String describe() {
        if (isRedirect()) {
            return "HTTP " + status + " redirect from " + url + " to " + redirectLocation;
        }
        String errors = errorText();
        return "HTTP " + status + " " + url + " (title '" + title() + "'"
                + (errors.isEmpty() ? "" : ", errors '" + errors + "'") + ")";
    }

    @Override
    public String toString() {
        return describe();
    }

    private static boolean hasAncestorIn(Element element, Elements set) {
        for (Element parent = element.parent(); parent != null; parent = parent.parent()) {
            if (set.contains(parent)) {
                return true;
            }
        }
        return false;
    }
}
