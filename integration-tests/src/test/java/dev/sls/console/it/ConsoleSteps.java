package dev.sls.console.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sls.chooser.it.ChooserSteps;
import dev.sls.testkit.browser.Chromium;
import dev.sls.testkit.server.KeycloakServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Driving the Client Services console in headless Chromium, as a person at the helpdesk does. */
public final class ConsoleSteps {

    public static final String REALM = "sls-demo";
    public static final Duration PAGE = Duration.ofSeconds(20);
    public static final String HEADER = ".sls-header";
    public static final String HELEN_OTP = "helen-demo-totp-secret";
    public static final String CORA_OTP = "cora-demo-totp-secret";

    private ConsoleSteps() {
    }

    public static String url(KeycloakServer server, String lang) {
        return server.realmUrl(REALM) + "/sls-console/?lang=" + lang;
    }

    /** Opens the console; the realm's login asks for the password, then {@code secondFactor} answers the next page. */
    public static void open(Chromium chromium, KeycloakServer server, String lang, String username, String password,
                            Consumer<Chromium> secondFactor) {
        chromium.navigate(url(server, lang));
        chromium.waitUntil("document.querySelector('#kc-form-login') || document.querySelector('" + HEADER + "')",
                PAGE);
        if (chromium.eval("!!document.querySelector('#kc-form-login')").asBoolean()) {
            chromium.eval("document.querySelector('#username').value=" + Chromium.quote(username)
                    + ";document.querySelector('#password').value=" + Chromium.quote(password)
                    + ";document.querySelector('#kc-login').click();true");
            secondFactor.accept(chromium);
        }
        chromium.waitUntil("document.querySelector('" + HEADER + "')", PAGE);
    }

    /** Answers Keycloak's authenticator-app page with a code no other login of this run used. */
    public static Consumer<Chromium> otp(String secret) {
        return chromium -> {
            chromium.waitUntil("document.querySelector('" + ChooserSteps.OTP_FORM + "')", PAGE);
            chromium.eval("document.querySelector('" + ChooserSteps.OTP_FORM + " input[name=otp]').value="
                    + Chromium.quote(ChooserSteps.unusedOtp(secret)) + ";document.querySelector('#kc-login').click();true");
        };
    }

    /** Answers the Security Code Card page with the card's codes. */
    public static Consumer<Chromium> codeCard(Map<Integer, String> card) {
        return chromium -> {
            chromium.waitUntil("document.querySelector('#sls-code-card-form')", PAGE);
            String names = chromium.eval("Array.from(document.querySelectorAll('#sls-code-card-form input'))"
                    + ".map(e => e.name).filter(n => n.startsWith('code-')).join(',')").asText();
            StringBuilder fill = new StringBuilder();
            for (String name : names.split(",")) {
                fill.append("document.querySelector('input[name=").append(name).append("]').value=")
                        .append(Chromium.quote(card.get(Integer.parseInt(name.substring(5))))).append(';');
            }
            chromium.eval(fill + "document.querySelector('#kc-login').click();true");
        };
    }

    public static void waitFor(Chromium chromium, String selector) {
        chromium.waitUntil("document.querySelector(" + Chromium.quote(selector) + ")", PAGE);
    }

    public static void click(Chromium chromium, String selector) {
        waitFor(chromium, selector);
        chromium.eval("document.querySelector(" + Chromium.quote(selector) + ").click();true");
    }

    public static void type(Chromium chromium, String selector, String value) {
        waitFor(chromium, selector);
        chromium.eval("document.querySelector(" + Chromium.quote(selector) + ").value=" + Chromium.quote(value) + ";true");
    }

    public static String text(Chromium chromium, String selector) {
        waitFor(chromium, selector);
        return chromium.eval("document.querySelector(" + Chromium.quote(selector) + ").textContent").asText();
    }

    /** Confirms the console's "are you sure" dialog, typing {@code reason} when it asks for one. */
    public static void confirm(Chromium chromium, String reason) {
        waitFor(chromium, "#sls-confirm[open]");
        if (reason != null) {
            type(chromium, "#sls-confirm-reason", reason);
        }
        click(chromium, "#sls-confirm-ok");
        chromium.waitUntil("!document.querySelector('#sls-confirm')", PAGE);
    }

    /** Searches a person and opens their page. */
    public static void openPerson(Chromium chromium, String query) {
        click(chromium, "#sls-tab-people");
        type(chromium, "#sls-people-q", query);
        click(chromium, "#sls-people-find");
        click(chromium, ".sls-open-person");
        chromium.waitUntil("document.querySelector('#sls-temporary-state') && document.querySelector('#sls-delivery-state')"
                + " && document.querySelector('#sls-history table, #sls-history p')", PAGE);
    }

    /** Keeps a screenshot under target/screens and returns the layout problems: sideways scrolling, cut text. */
    public static List<String> screen(Chromium chromium, String name) {
        chromium.screenshot(Path.of("target", "screens", "console-" + name + ".png"));
        String problems = chromium.eval("""
                (() => {
                  const out = [];
                  const width = document.documentElement.scrollWidth;
                  if (width > window.innerWidth) out.push('the page is ' + width + ' px wide in a ' + window.innerWidth + ' px window');
                  for (const e of document.querySelectorAll('button, th, h1, h2, h3, h4, label')) {
                    if (e.getBoundingClientRect().width > 0 && e.scrollWidth > e.clientWidth + 1) {
                      out.push((e.id || e.className || e.tagName) + ' does not hold its text: ' + e.textContent);
                    }
                  }
                  return out.join('\\n');
                })()""").asText();
        return problems.isEmpty() ? List.of() : List.of(name + ": " + problems);
    }

    public static void assertShown(Chromium chromium, String selector, String expected) {
        assertEquals(expected, text(chromium, selector).trim(), selector);
    }
}
