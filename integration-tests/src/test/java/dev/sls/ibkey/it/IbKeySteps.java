package dev.sls.ibkey.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sls.ibkey.app.IbKeyApp;
import dev.sls.ibkey.app.IbKeyUser;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.browser.Browser;
import dev.sls.testkit.browser.DataUri;
import dev.sls.testkit.browser.OidcLogin;
import dev.sls.testkit.browser.Page;
import dev.sls.testkit.browser.Tokens;
import dev.sls.testkit.server.KeycloakServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

/** The seed's IB Key steps as a person does them: browser on one side, the reference phone app on the other. */
public final class IbKeySteps {

    public static final String REALM = "sls-demo";
    static final String CLIENT = "sls-demo-app";
    static final String REDIRECT = "http://localhost/sls-demo-callback";
    static final String ACTIVATE_FORM = "#sls-activate-form";
    public static final String PUSH_FORM = "#sls-push-form";
    public static final String PUSH_OPTIONS = "#sls-push-options";
    public static final String RESPONSE_FORM = "#sls-response-form";
    public static final String PIN = "7#k2Q";
    public static final String ACTIVATE_ACTION = "sls-ibkey-activate";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private IbKeySteps() {
    }

    public record TestUser(String username, String password, String id) {
    }

    /** A fresh demo-realm user who is asked to activate IB Key at the next login (as an admin would set it). */
    /** A test user with an IB Key phone (the reference app) activated. */
    public record Enrolled(TestUser user, IbKeyApp app, IbKeyUser onApp) {
    }

    public static Enrolled enrolled(KeycloakServer server, AdminClient admin, String prefix) {
        TestUser user = newUser(admin, prefix);
        IbKeyApp app = IbKeyApp.install("phone of " + prefix, "android");
        return new Enrolled(user, app, enrol(server, user, app));
    }

    public static TestUser newUser(AdminClient admin, String prefix) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "pw-" + username;
        String id = admin.createUser(REALM, username, password);
        admin.addRequiredAction(REALM, id, ACTIVATE_ACTION);
        return new TestUser(username, password, id);
    }

    public static Page password(KeycloakServer server, Browser browser, TestUser user) {
        Page login = OidcLogin.begin(browser, server.realmUrl(REALM), CLIENT, REDIRECT);
        return login.form("#kc-form-login").set("username", user.username()).set("password", user.password())
                .submit("kc-login");
    }

    /** The PNG behind the activation page's QR image, as a phone camera would see it. */
    static byte[] qrImage(Page activationPage) {
        String src = activationPage.document().selectFirst("img#sls-qr").attr("src");
        assertTrue(src.startsWith("data:image/png;base64,"), activationPage::describe);
        return DataUri.bytes(src);
    }

    static String activationCode(Page activationPage) {
        return activationPage.document().selectFirst("#sls-activation-code").text();
    }

    /** What the page's script does: one long poll on the page's wait URL; returns the state it reports. */
    public static String waitState(Page page, String formSelector, int timeoutSeconds) {
        String url = page.document().selectFirst(formSelector).attr("data-sls-wait-url");
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url + "?timeout=" + timeoutSeconds))
                    .timeout(Duration.ofSeconds(timeoutSeconds + 10)).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), response::body);
            return JSON.readTree(response.body()).path("state").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Activation page → phone scans the QR → the page learns it and moves on; returns the next page. */
    public static Activated activateByQr(Page activationPage, IbKeyApp app) {
        assertTrue(activationPage.has(ACTIVATE_FORM), activationPage::describe);
        IbKeyUser user = app.activateFromQr(qrImage(activationPage), PIN);
        assertEquals("activated", waitState(activationPage, ACTIVATE_FORM, 10));
        return new Activated(user, activationPage.form(ACTIVATE_FORM).submit());
    }

    /** A user set up end to end: activation at first login, then tokens. */
    public static IbKeyUser enrol(KeycloakServer server, TestUser user, IbKeyApp app) {
        Activated activated = activateByQr(password(server, new Browser(), user), app);
        Tokens tokens = OidcLogin.finish(activated.next());
        assertEquals(user.username(), tokens.accessClaims().path("preferred_username").asText());
        return activated.user();
    }

    /** What the push page gives the person to match on the phone: the code to type or the number to pick; else null. */
    public static String shown(Page pushPage) {
        var shown = pushPage.document().selectFirst("#sls-code, #sls-number");
        return shown == null ? null : shown.text().replace(" ", "");
    }

    /** The phone's only pending challenge id (the test users have one login at a time). */
    public static String onlyPending(IbKeyApp app, IbKeyUser user) {
        var pending = app.pending(user).challenges();
        assertEquals(1, pending.size(), pending::toString);
        return pending.get(0).challengeId();
    }

    /** Push page: waits like the script, then submits like the script. */
    public static Page continueAfterDecision(Page pushPage, String expectedState) {
        assertEquals(expectedState, waitState(pushPage, PUSH_FORM, 10));
        return pushPage.form(PUSH_FORM).submit();
    }

    static JsonNode ibKeyCredentials(AdminClient admin, String userId) {
        var list = JSON.createArrayNode();
        admin.credentials(REALM, userId).forEach(c -> {
            if ("sls-ib-key".equals(c.path("type").asText())) {
                list.add(c);
            }
        });
        return list;
    }

    public record Activated(IbKeyUser user, Page next) {
    }
}
