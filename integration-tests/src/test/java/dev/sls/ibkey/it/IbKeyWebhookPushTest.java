package dev.sls.ibkey.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.sls.ibkey.app.IbKeyApp;
import dev.sls.ibkey.app.IbKeyUser;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.KeycloakExtension;
import dev.sls.testkit.browser.Browser;
import dev.sls.testkit.browser.OidcLogin;
import dev.sls.testkit.browser.Page;
import dev.sls.testkit.server.KeycloakServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The realm's push sender set to webhook: Keycloak POSTs the notification to a local gateway, which records it;
 * the phone learns the challenge from that notification, as a real push would deliver it, and approves.
 */
@ExtendWith(KeycloakExtension.class)
class IbKeyWebhookPushTest {

    private static final String SECRET = "webhook-test-secret-0123456789";

    private record Delivery(Map<String, String> headers, byte[] body) {
    }

    @Test
    void theNotificationReachesTheGatewaySignedAndWithoutSecrets(KeycloakServer server, AdminClient admin)
            throws Exception {
        BlockingQueue<Delivery> deliveries = new ArrayBlockingQueue<>(10);
        HttpServer gateway = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        gateway.createContext("/push", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            deliveries.add(new Delivery(Map.of(
                    "signature", String.valueOf(exchange.getRequestHeaders().getFirst("SLS-Signature")),
                    "timestamp", String.valueOf(exchange.getRequestHeaders().getFirst("SLS-Timestamp")),
                    "method", exchange.getRequestMethod()), body));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        gateway.start();
        IbKeySteps.TestUser user = IbKeySteps.newUser(admin, "webhook");
        IbKeyApp app = IbKeyApp.install("phone", "android");
        IbKeyUser onApp = IbKeySteps.enrol(server, user, app);
        String url = "http://127.0.0.1:" + gateway.getAddress().getPort() + "/push";
        try (var webhook = AuthenticatorConfig.ibKeyLogin(admin, Map.of("sls.push.sender", "webhook",
                "sls.push.webhook.url", url, "sls.push.webhook.secret", SECRET))) {
            Page push = IbKeySteps.password(server, new Browser(), user);
            assertTrue(push.text().contains("A notification was sent to your phone"), push::describe);
            Delivery delivery = deliveries.poll(10, TimeUnit.SECONDS);
            assertNotNull(delivery, "no notification reached the gateway");

            assertEquals("POST", delivery.headers().get("method"));
            String body = new String(delivery.body(), StandardCharsets.UTF_8);
            assertEquals("sha256=" + hmac(delivery.headers().get("timestamp") + "." + body), delivery.headers().get("signature"));
            JsonNode payload = new ObjectMapper().readTree(body);
            assertEquals("sls-ibkey-challenge", payload.path("type").asText());
            assertFalse(payload.has("deviceHandle") || body.contains(onApp.deviceHandle()) || body.contains(user.id()),
                    "nothing that addresses the user travels with a push");
            assertFalse(body.contains(SECRET));
            assertFalse(body.toLowerCase().contains("ocra"));
            assertFalse(body.contains(IbKeySteps.shown(push)), "the code to match never travels with the notification");

            String challengeId = payload.path("challengeId").asText();
            app.approve(onApp, challengeId, IbKeySteps.shown(push));
            Page next = IbKeySteps.continueAfterDecision(push, "approved");
            assertEquals(user.username(), OidcLogin.finish(next).accessClaims().path("preferred_username").asText());
        } finally {
            gateway.stop(0);
        }
        assertTrue(deliveries.isEmpty());
    }

    private static String hmac(String input) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(input.getBytes(StandardCharsets.UTF_8)));
    }
}
