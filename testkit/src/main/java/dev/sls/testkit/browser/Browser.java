package dev.sls.testkit.browser;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sls.testkit.server.ClientAddressProxy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;

/**
 * A small headless browser: keeps cookies, follows redirects itself, parses pages with jsoup. No
 * JavaScript, except what the pack's {@code sls-wait.js} does on a page whose code send the message service has not
 * answered yet ({@value #SEND_STATUS_FORM}): it waits for the send's watch and submits that form, as a browser with
 * script does ({@link #pausingAtSends()} stops there instead). Not thread-safe; use one per simulated user.
 *
 * <p>Redirects are followed (at most {@value #MAX_REDIRECTS}) except to a URL starting with the
 * {@linkplain #stopAt(String) stop prefix}: the page returned then is the redirect itself, with
 * {@link Page#redirectLocation()} set. Use it for OAuth redirect URIs that no server answers.
 */
public final class Browser {

    static final int MAX_REDIRECTS = 20;
    /** The form a page carries while a code it sent is still on its way (see {@code sls-phone-help.ftl}). */
    public static final String SEND_STATUS_FORM = "form#sls-send-status[data-sls-wait-url]";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** One client per played address, shared by every browser there (cookies are the browser's own, not the client's). */
    private static final Map<String, HttpClient> VIA_ADDRESS = new ConcurrentHashMap<>();

    private final HttpClient http;
    private final CookieJar cookies = new CookieJar();
    private String stopPrefix;
    private String acceptLanguage;
    private HttpClient viaClientAddress;
    private String sendFrom;
    private String sendTo;
    private boolean followSends = true;
    /** Set by {@link OidcLogin#begin}, read by {@link OidcLogin#finish}. */
    OidcLogin pendingLogin;

    public Browser() {
        this(HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build());
    }

    private Browser(HttpClient http) {
        this.http = http;
    }

    /**
     * A new browser (no cookies, default settings) that sends its requests through this one's HTTP client and its
     * connections. Thousands of such browsers (the push benchmark's waiting pages) hold only the connections their
     * requests in flight need, where each {@code new Browser()} keeps its own client: connections, a selector thread
     * and worker threads.
     */
    public Browser sharingConnections() {
        return new Browser(http);
    }

    /** Redirects to URLs starting with {@code prefix} are returned instead of followed; null disables. */
    public Browser stopAt(String prefix) {
        this.stopPrefix = prefix;
        return this;
    }

    public String stopPrefix() {
        return stopPrefix;
    }

    /** Sets the {@code Accept-Language} header for later requests, e.g. {@code "ja"} or {@code "fr-FR,fr;q=0.9"}; null removes it. */
    public Browser acceptLanguage(String value) {
        this.acceptLanguage = value;
        return this;
    }

    /**
     * Plays a browser at another client address (an IPv4 literal): requests go through the {@link ClientAddressProxy},
     * the one proxy the test server trusts, which sets {@code X-Forwarded-For} to it; null sends them straight again.
     */
    public Browser clientAddress(String address) {
        this.viaClientAddress = address == null ? null : VIA_ADDRESS.computeIfAbsent(address, a -> HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .proxy(ClientAddressProxy.forClient(a))
                .build());
        return this;
    }

    /**
     * Sends every request for {@code fromBase} (e.g. {@code http://127.0.0.1:8080}) to {@code toBase} instead, the
     * way a load balancer would hand the next request of a login to another cluster node; null stops it.
     */
    public Browser sendTo(String fromBase, String toBase) {
        this.sendFrom = fromBase;
        this.sendTo = toBase;
        return this;
    }

    /**
     * Returns pages that wait for a code's send as they are ({@link #SEND_STATUS_FORM}), for a test that looks at the
     * "sending…" state or follows the wait itself with {@link #followSend(Page)}.
     */
    public Browser pausingAtSends() {
        this.followSends = false;
        return this;
    }

    /**
     * What {@code sls-wait.js} does on a page whose code is still being sent: long-polls the send's watch until the
     * message service answered; an outcome the page shows in place ({@code data-sls-in-place-sent}: the code went
     * out) replaces the notice's text in this page, any other submits the page's status form. Returns the page that
     * says what became of the send (the page itself when it waits for nothing).
     */
    public Page followSend(Page page) {
        Page current = page;
        for (int round = 0; round < 5 && current.has(SEND_STATUS_FORM); round++) {
            Element form = current.document().selectFirst(SEND_STATUS_FORM);
            String state = waitState(form.attr("data-sls-wait-url"), 10);
            for (int poll = 0; poll < 2 && "pending".equals(state); poll++) {
                state = waitState(form.attr("data-sls-wait-url"), 10);
            }
            if ("pending".equals(state)) {
                // the pack settles every send within seconds (a silent provider after 5 s): a test must not wait on
                throw new IllegalStateException("the send this page waits for was not settled within 30 s: "
                        + current.describe());
            }
            Element notice = current.document().getElementById(form.attr("data-sls-notice"));
            if (form.hasAttr("data-sls-in-place-" + state) && notice != null) {
                Element text = notice.children().isEmpty() ? notice : notice.children().last();
                text.text(form.attr("data-sls-in-place-" + state));
                form.remove();
                return current;
            }
            current = current.form(SEND_STATUS_FORM).submit();
        }
        return current;
    }

    /**
     * One long poll (at most {@code timeoutSeconds}; 0 answers at once) of the wait of a page whose code is being sent:
     * {@code pending}, or the send's outcome ({@code sent}, {@code invalid-number}...).
     */
    public String sendState(Page page, int timeoutSeconds) {
        return waitState(page.document().selectFirst(SEND_STATUS_FORM).attr("data-sls-wait-url"), timeoutSeconds);
    }

    /** One long poll of a page's wait URL, without cookies (as the script's {@code credentials: "omit"}). */
    private String waitState(String waitUrl, int timeoutSeconds) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                            URI.create(target(waitUrl) + "?timeout=" + timeoutSeconds))
                    .timeout(Duration.ofSeconds(timeoutSeconds + 10L)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? JSON.readTree(response.body()).path("state").asText() : "error";
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + waitUrl + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted: GET " + waitUrl, e);
        }
    }

    /** GETs {@code url}, following redirects. */
    public Page open(String url) {
        return navigate("GET", URI.create(url), null);
    }

    /**
     * POSTs url-encoded {@code fields} to {@code url} with this browser's cookies, following redirects: a form the
     * page never offered (a forged or replayed post).
     */
    public Page post(String url, Map<String, String> fields) {
        String body = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(),
                        StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(),
                        StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return navigate("POST", URI.create(url), body);
    }

    /** Value of a cookie that would be sent to {@code url}. */
    public Optional<String> cookie(String url, String name) {
        return cookies.value(URI.create(url), name);
    }

    /** Forgets all cookies (a fresh browser profile, keeping the other settings). */
    public void clearCookies() {
        cookies.clear();
    }

    /** Sends a request and follows redirects; {@code formBody} is url-encoded form data or null. */
    Page navigate(String method, URI uri, String formBody) {
        URI current = uri;
        String currentMethod = method;
        String currentBody = formBody;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            HttpResponse<String> response = send(currentMethod, current, currentBody);
            int status = response.statusCode();
            Optional<String> location = response.headers().firstValue("Location");
            if (!isRedirect(status) || location.isEmpty()) {
                Page page = new Page(this, status, current.toString(), response.body(), null);
                return followSends ? followSend(page) : page;
            }
            URI target = current.resolve(location.get().trim());
            if (stopPrefix != null && target.toString().startsWith(stopPrefix)) {
                return new Page(this, status, current.toString(), response.body(), target.toString());
            }
            // 307/308 repeat the request as is; the others turn into a GET, as in browsers
            if (status != 307 && status != 308) {
                currentMethod = "GET";
                currentBody = null;
            }
            current = target;
        }
        throw new IllegalStateException("More than " + MAX_REDIRECTS + " redirects, last to " + current);
    }

    private String target(String logical) {
        return sendFrom != null && logical.startsWith(sendFrom) ? sendTo + logical.substring(sendFrom.length())
                : logical;
    }

    private HttpResponse<String> send(String method, URI logical, String formBody) {
        URI uri = URI.create(target(logical.toString()));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        cookies.header(uri).ifPresent(value -> request.header("Cookie", value));
        if (formBody == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/x-www-form-urlencoded")
                    .method(method, HttpRequest.BodyPublishers.ofString(formBody, StandardCharsets.UTF_8));
        }
        try {
            HttpResponse<String> response = (viaClientAddress == null ? http : viaClientAddress).send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            cookies.store(uri, response.headers().allValues("Set-Cookie"));
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + uri + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted: " + method + " " + uri, e);
        }
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }
}
