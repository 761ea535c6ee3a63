package dev.sls.ibkey.it;

import static dev.sls.ibkey.it.IbKeySteps.REALM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sls.ibkey.app.DeviceApiException;
import dev.sls.ibkey.app.IbKeyApp;
import dev.sls.ibkey.app.IbKeyUser;
import dev.sls.ibkey.app.cli.IbKeyCli;
import dev.sls.ibkey.protocol.ActivationCode;
import dev.sls.ibkey.protocol.ActivationUri;
import dev.sls.ibkey.protocol.api.ActivationRequest;
import dev.sls.it.Lifetime;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.KeycloakExtension;
import dev.sls.testkit.browser.Browser;
import dev.sls.testkit.browser.OidcLogin;
import dev.sls.testkit.browser.Page;
import dev.sls.testkit.browser.Tokens;
import dev.sls.testkit.server.KeycloakServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19, "Secure delivery for your Password Reset": Client Services resets a person's password and the temporary
 * one reaches only the person's IB Key app, sealed to its key, fetched once, and changed at the next login.
 */
@ExtendWith(KeycloakExtension.class)
class PasswordDeliveryTest {

    static final String AREA = "/" + REALM + "/sls/password-delivery/users/";
    static final String LIFETIME = "sls.ibkey.password-delivery-lifetime";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode deliver(AdminClient admin, IbKeySteps.TestUser user) {
        AdminClient.Response delivered = admin.send("POST", AREA + user.id(), null);
        assertEquals(201, delivered.status(), delivered.body());
        assertEquals("waiting", delivered.json().path("state").asText());
        return delivered.json();
    }

    /** Password, then the push approved on the phone: the page after the second factor. */
    private static Page logIn(KeycloakServer server, IbKeySteps.Enrolled enrolled, String password) {
        IbKeySteps.TestUser user = new IbKeySteps.TestUser(enrolled.user().username(), password, enrolled.user().id());
        Page push = IbKeySteps.password(server, new Browser(), user);
        assertTrue(push.has(IbKeySteps.PUSH_FORM), push::describe);
        enrolled.app().approve(enrolled.onApp(), IbKeySteps.onlyPending(enrolled.app(), enrolled.onApp()),
                IbKeySteps.shown(push));
        return IbKeySteps.continueAfterDecision(push, "approved");
    }

    private static void assertNowhere(KeycloakServer server, AdminClient admin, String password) throws IOException {
        for (String where : List.of("/admin-events?max=500", "/events?max=500")) {
            String events = admin.get("/" + REALM + where).toString();
            assertFalse(events.contains(password), "the password is in " + where);
        }
        try (Stream<Path> files = Files.walk(server.logFile().getParent())) {
            List<Path> logs = files.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".log")).toList();
            assertTrue(logs.contains(server.logFile()), "the server's log is searched: " + logs);
            for (Path file : logs) {
                assertFalse(Files.readString(file, StandardCharsets.ISO_8859_1).contains(password),
                        "the password is in " + file);
            }
        }
    }

    @Test
    void deliveredFetchedOnceAfterThePinAndChangedAtTheNextLogin(KeycloakServer server, AdminClient admin)
            throws IOException {
        IbKeySteps.Enrolled enrolled = IbKeySteps.enrolled(server, admin, "delivered");
        JsonNode delivered = deliver(admin, enrolled.user());
        assertEquals(enrolled.app().deviceName(), delivered.path("deviceName").asText());

        IllegalArgumentException wrongPin = assertThrows(IllegalArgumentException.class,
                () -> enrolled.app().fetchDeliveredPassword(enrolled.onApp(), "9#zQ1"));
        assertEquals("wrong PIN", wrongPin.getMessage());
        assertEquals("waiting", admin.get(AREA + enrolled.user().id()).path("state").asText(),
                "a wrong PIN fetches nothing");

        String password = enrolled.app().fetchDeliveredPassword(enrolled.onApp(), IbKeySteps.PIN);
        assertTrue(password.matches("[A-Za-z2-9]{5}(-[A-Za-z2-9]{5}){3}"), "a generated password");
        assertFalse(delivered.toString().contains(password), "not in the helpdesk's answer");
        DeviceApiException again = assertThrows(DeviceApiException.class,
                () -> enrolled.app().fetchDeliveredPassword(enrolled.onApp(), IbKeySteps.PIN));
        assertEquals(409, again.status());
        assertEquals("password_already_fetched", again.error());
        JsonNode shown = admin.get(AREA + enrolled.user().username());
        assertEquals("fetched", shown.path("state").asText());
        assertFalse(shown.path("fetchedAt").asText().isEmpty());
        JsonNode user = admin.get("/" + REALM + "/users/" + enrolled.user().id());
        assertTrue(user.path("requiredActions").toString().contains("UPDATE_PASSWORD"), user::toString);

        Page old = IbKeySteps.password(server, new Browser(), enrolled.user());
        assertFalse(old.has(IbKeySteps.PUSH_FORM), "the old password no longer works: " + old.describe());
        admin.clearBruteForce(REALM, enrolled.user().id());

        Page update = logIn(server, enrolled, password);
        assertTrue(update.has("input[name=password-new]"), "a new password is asked: " + update.describe());
        String chosen = "Chosen-" + enrolled.user().username();
        Tokens tokens = OidcLogin.finish(update.form("#kc-passwd-update-form").set("password-new", chosen).set("password-confirm", chosen)
                .submit());
        assertEquals(enrolled.user().username(), tokens.accessClaims().path("preferred_username").asText());
        assertFalse(admin.get("/" + REALM + "/users/" + enrolled.user().id()).path("requiredActions").toString()
                .contains("UPDATE_PASSWORD"));
        assertNowhere(server, admin, password);
    }

    @Test
    void anUnfetchedPasswordExpires(KeycloakServer server, AdminClient admin) throws IOException {
        IbKeySteps.Enrolled enrolled = IbKeySteps.enrolled(server, admin, "expired-delivery");
        Instant delivered;
        setLifetime(admin, "10");
        try {
            deliver(admin, enrolled.user());
            delivered = Instant.now();
        } finally {
            setLifetime(admin, null);
        }
        Lifetime.awaitEnd(delivered, Duration.ofSeconds(10));
        DeviceApiException expired = assertThrows(DeviceApiException.class,
                () -> enrolled.app().fetchDeliveredPassword(enrolled.onApp(), IbKeySteps.PIN));
        assertEquals(410, expired.status());
        assertEquals("password_delivery_expired", expired.error());
        assertEquals("expired", admin.get(AREA + enrolled.user().id()).path("state").asText());
    }

    @Test
    void aPersonWithoutAnAppThatCanReceiveItGetsAClearErrorAndKeepsThePassword(KeycloakServer server,
                                                                              AdminClient admin) {
        IbKeySteps.TestUser none = IbKeySteps.newUser(admin, "no-ibkey");
        AdminClient.Response refused = admin.send("POST", AREA + none.id(), null);
        assertEquals(409, refused.status(), refused.body());
        assertEquals("no_app_to_deliver_to", refused.json().path("error").asText());
        assertEquals(404, admin.send("GET", AREA + none.id(), null).status());
        assertFalse(admin.get("/" + REALM + "/users/" + none.id()).path("requiredActions").toString()
                .contains("UPDATE_PASSWORD"));
        Page activation = IbKeySteps.password(server, new Browser(), none);
        assertTrue(activation.has(IbKeySteps.ACTIVATE_FORM), "the old password still works: " + activation.describe());

        // An app that registered no encryption key cannot receive one either.
        IbKeyApp oldApp = IbKeyApp.install("old app", "android");
        ActivationUri uri = new ActivationUri(server.baseUrl(), REALM,
                ActivationCode.parse(IbKeySteps.activationCode(activation)).orElseThrow());
        ActivationRequest withoutKey = oldApp.signActivation(uri, IbKeySteps.PIN, List.of(), null);
        oldApp.apiClient().activate(server.baseUrl(), REALM, withoutKey);
        assertEquals(1, IbKeySteps.ibKeyCredentials(admin, none.id()).size());
        assertEquals("no_app_to_deliver_to", admin.send("POST", AREA + none.id(), null).json().path("error").asText());
        assertFalse(admin.get("/" + REALM + "/users/" + none.id()).path("requiredActions").toString()
                .contains("UPDATE_PASSWORD"));
    }

    @Test
    void aBadEncryptionKeyIsRefusedAndNothingIsBound(KeycloakServer server, AdminClient admin) {
        IbKeySteps.TestUser user = IbKeySteps.newUser(admin, "bad-enc-key");
        Page activation = IbKeySteps.password(server, new Browser(), user);
        ActivationUri uri = new ActivationUri(server.baseUrl(), REALM,
                ActivationCode.parse(IbKeySteps.activationCode(activation)).orElseThrow());
        IbKeyApp app = IbKeyApp.install("phone", "android");
        for (String bad : List.of("AAAA", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "not base64 at all!")) {
            DeviceApiException refused = assertThrows(DeviceApiException.class, () -> app.apiClient()
                    .activate(server.baseUrl(), REALM, app.signActivation(uri, IbKeySteps.PIN, List.of(), bad)));
            assertEquals(400, refused.status());
            assertEquals("invalid_request", refused.error());
            assertTrue(refused.serverMessage().contains("encryptionKey"), refused.serverMessage());
        }
        assertEquals(0, IbKeySteps.ibKeyCredentials(admin, user.id()).size(), "nothing bound");
        IbKeyUser activated = app.activate(uri, IbKeySteps.PIN, List.of());
        assertEquals(user.username(), activated.username(), "the code was not used up by the refusals");
    }

    @Test
    void theHelpdeskRoleIsNeeded(KeycloakServer server, AdminClient admin) throws Exception {
        IbKeySteps.Enrolled caller = IbKeySteps.enrolled(server, admin, "not-helpdesk");
        IbKeySteps.Enrolled target = IbKeySteps.enrolled(server, admin, "target");
        String token = OidcLogin.finish(logIn(server, caller, caller.user().password())).accessToken();
        HttpResponse<String> refused = HTTP.send(HttpRequest.newBuilder(
                        URI.create(server.baseUrl() + "/admin/realms" + AREA + target.user().id()))
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, refused.statusCode(), refused.body());
        assertEquals("helpdesk_role_required", JSON.readTree(refused.body()).path("error").asText());
        assertEquals(404, admin.send("GET", AREA + target.user().id(), null).status(), "nothing delivered");
        assertTrue(logIn(server, target, target.user().password()).isRedirect(), "the password is unchanged");
    }

    @Test
    void theReferenceAppsInboxShowsThePasswordOnce(KeycloakServer server, AdminClient admin, @TempDir Path dir)
            throws IOException {
        IbKeySteps.TestUser user = IbKeySteps.newUser(admin, "inbox-cli");
        Path state = dir.resolve("app.json");
        Page activation = IbKeySteps.password(server, new Browser(), user);
        assertEquals(0, cli(state, null, "activate", "--platform", "android", "--server", server.baseUrl(), "--realm",
                REALM, "--code", IbKeySteps.activationCode(activation), "--pin", IbKeySteps.PIN).exit());
        deliver(admin, user);

        Run shown = cli(state, IbKeySteps.PIN + "\n", "inbox");
        assertEquals(0, shown.exit(), shown.err());
        String password = shown.out().lines().map(String::strip)
                .filter(line -> line.matches("[A-Za-z2-9]{5}(-[A-Za-z2-9]{5}){3}")).findFirst()
                .orElseThrow(() -> new AssertionError(shown.out()));
        assertTrue(shown.out().contains("app PIN"), "the PIN is asked: " + shown.out());
        Run again = cli(state, IbKeySteps.PIN + "\n", "inbox");
        assertEquals(IbKeyCli.REFUSED, again.exit());
        assertTrue(again.err().contains("password_already_fetched"), again.err());
        assertFalse(again.out().contains(password));
    }

    private record Run(int exit, String out, String err) { }

    private static Run cli(Path state, String input, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        InputStream in = new java.io.ByteArrayInputStream((input == null ? "" : input).getBytes(StandardCharsets.UTF_8));
        int exit = IbKeyCli.run(args, state, in, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), null);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Keycloak replaces all attributes of a realm on update: the whole representation goes back. */
    private static void setLifetime(AdminClient admin, String seconds) {
        ObjectNode realm = (ObjectNode) admin.get("/" + REALM);
        ObjectNode attributes = (ObjectNode) realm.get("attributes");
        if (seconds == null) {
            attributes.remove(LIFETIME);
        } else {
            attributes.put(LIFETIME, seconds);
        }
        admin.put("/" + REALM, realm);
    }
}
