package dev.sls.ibkey.it;

import static dev.sls.ibkey.it.IbKeySteps.REALM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.sls.ibkey.app.DeviceApiException;
import dev.sls.ibkey.app.IbKeyApp;
import dev.sls.ibkey.app.IbKeyUser;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.KeycloakExtension;
import dev.sls.testkit.browser.Browser;
import dev.sls.testkit.browser.OidcLogin;
import dev.sls.testkit.browser.Page;
import dev.sls.testkit.server.KeycloakServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The app's own life cycle: a rotated push token, and "Remove user". */
@ExtendWith(KeycloakExtension.class)
class IbKeyAppLifecycleTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROJECT = "sls-test";

    /** A stand-in for Google's OAuth and FCM endpoints: hands out a token and records each message's target. */
    private static final class FakeFcm implements AutoCloseable {

        private final HttpServer server;
        private final BlockingQueue<String> tokens = new ArrayBlockingQueue<>(20);

        FakeFcm() throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/token", exchange -> answer(exchange, "{\"access_token\":\"ya29.test\",\"expires_in\":3600}"));
            server.createContext("/v1/projects/" + PROJECT + "/messages:send", exchange -> {
                JsonNode message = JSON.readTree(exchange.getRequestBody().readAllBytes());
                tokens.add(message.path("message").path("token").asText());
                answer(exchange, "{\"name\":\"projects/" + PROJECT + "/messages/1\"}");
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        String serviceAccount() throws Exception {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            String pem = "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(generator.generateKeyPair().getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n";
            return JSON.createObjectNode().put("type", "service_account").put("project_id", PROJECT)
                    .put("client_email", "push@" + PROJECT + ".iam.gserviceaccount.com").put("private_key", pem)
                    .put("token_uri", url() + "/token").toString();
        }

        String nextTarget() throws InterruptedException {
            String token = tokens.poll(10, TimeUnit.SECONDS);
            assertNotNull(token, "no notification reached the FCM gateway");
            return token;
        }

        private static void answer(HttpExchange exchange, String body) throws IOException {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    private static void approve(IbKeySteps.TestUser user, IbKeyApp app, IbKeyUser onApp, Page push) {
        app.approve(onApp, IbKeySteps.onlyPending(app, onApp), IbKeySteps.shown(push));
        Page next = IbKeySteps.continueAfterDecision(push, "approved");
        assertEquals(user.username(), OidcLogin.finish(next).accessClaims().path("preferred_username").asText());
    }

    @Test
    void afterTheTokenRotatesTheNextPushReachesTheNewToken(KeycloakServer server, AdminClient admin) throws Exception {
        IbKeySteps.TestUser user = IbKeySteps.newUser(admin, "rotate");
        IbKeyApp app = IbKeyApp.install("phone", "android");
        app.registerPush("fcm", "fcm-token:first");
        IbKeyUser onApp = IbKeySteps.enrol(server, user, app);
        try (FakeFcm fcm = new FakeFcm(); var config = AuthenticatorConfig.ibKeyLogin(admin, Map.of(
                "sls.push.sender", "fcm", "sls.push.fcm.service-account", fcm.serviceAccount(),
                "sls.push.fcm.endpoint", fcm.url()))) {
            approve(user, app, onApp, IbKeySteps.password(server, new Browser(), user));
            assertEquals("fcm-token:first", fcm.nextTarget());

            assertEquals("fcm", app.updatePushToken(onApp, "fcm", "fcm-token:second").pushProvider());
            approve(user, app, onApp, IbKeySteps.password(server, new Browser(), user));
            assertEquals("fcm-token:second", fcm.nextTarget());

            // Tokens of the wrong shape are refused and change nothing.
            for (String[] bad : new String[][] {{"fcm", "with space"}, {"apns", "not-hex"}, {"carrier-pigeon", "x"},
                    {"fcm", "t".repeat(4097)}, {null, "orphan-token"}}) {
                DeviceApiException refused = assertThrows(DeviceApiException.class,
                        () -> app.updatePushToken(onApp, bad[0], bad[1]));
                assertEquals("invalid_request", refused.error(), refused::serverMessage);
            }
            approve(user, app, onApp, IbKeySteps.password(server, new Browser(), user));
            assertEquals("fcm-token:second", fcm.nextTarget());
        }
    }

    @Test
    void removeUserRetiresThatUserAtOnceAndTheNextLoginAsksForAnotherDevice(KeycloakServer server, AdminClient admin) {
        IbKeySteps.Enrolled removed = IbKeySteps.enrolled(server, admin, "rmuser");
        IbKeySteps.TestUser other = IbKeySteps.newUser(admin, "rmuser-other");
        IbKeyUser otherOnApp = IbKeySteps.enrol(server, other, removed.app());
        String handle = removed.onApp().deviceHandle();
        Page waiting = IbKeySteps.password(server, new Browser(), removed.user());
        String challengeId = IbKeySteps.onlyPending(removed.app(), removed.onApp());

        assertEquals(removed.user().username(), removed.app().removeUserAtServer(removed.onApp()).username());
        assertFalse(removed.app().user(REALM, removed.user().username()).isPresent(), "the app forgot the user");
        assertEquals(0, IbKeySteps.ibKeyCredentials(admin, removed.user().id()).size());
        assertEquals("cancelled", IbKeySteps.waitState(waiting, IbKeySteps.PUSH_FORM, 5), "its waiting push died");
        IbKeyUser stale = new IbKeyUser(removed.onApp().server(), REALM, removed.user().username(), handle,
                null, null);
        DeviceApiException refused = assertThrows(DeviceApiException.class,
                () -> removed.app().approve(stale, challengeId, IbKeySteps.shown(waiting)));
        assertEquals("device_retired", refused.error());
        assertEquals("device_retired", assertThrows(DeviceApiException.class,
                () -> removed.app().removeUserAtServer(stale)).error());
        JsonNode events = admin.get("/" + REALM + "/events?type=REMOVE_CREDENTIAL&user=" + removed.user().id());
        assertTrue(events.toString().contains("removed_in_app"), events::toString);

        // The other user on the same app still approves.
        approve(other, removed.app(), otherOnApp, IbKeySteps.password(server, new Browser(), other));

        // The next login waits for no phone: the account had a device, so setting one up asks for another of the
        // person's devices (or Client Services' temporary access), as the device-binding rules say.
        Page next = IbKeySteps.password(server, new Browser(), removed.user());
        assertFalse(next.has(IbKeySteps.PUSH_FORM) || next.isRedirect(), next::describe);
        assertEquals(403, next.status(), next::describe);
        assertTrue(next.errorText().contains("log in with another of your devices")
                && next.errorText().contains("Client Services"), next::describe);
    }
}
