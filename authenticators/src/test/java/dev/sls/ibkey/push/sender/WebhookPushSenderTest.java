package dev.sls.ibkey.push.sender;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sls.core.gateway.GatewayJson;
import dev.sls.core.gateway.SettingException;
import dev.sls.core.gateway.TestKeys;
import dev.sls.ibkey.push.sender.PushResult.Outcome;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WebhookPushSenderTest {

    private static final String SECRET = TestKeys.MARKER + "-webhook";
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private GatewayStub gateway;
    private WebhookPushSenderFactory factory;

    @BeforeEach
    void start() throws Exception {
        gateway = new GatewayStub().route("/hooks/sls", 204, "");
        factory = new WebhookPushSenderFactory(new MutableClock(NOW));
    }

    @AfterEach
    void stop() {
        gateway.close();
    }

    @Test
    void postsTheAnnouncementSignedWithHmacOverTimestampAndBody() throws Exception {
        PushResult result = send(Map.of(WebhookSettings.URL, gateway.baseUrl() + "/hooks/sls",
                WebhookSettings.SECRET, SECRET));

        assertEquals(PushResult.delivered(WebhookPushSenderFactory.ID, 204), result);
        GatewayStub.Request request = gateway.requests().get(0);
        assertEquals("POST", request.method());
        assertEquals("/hooks/sls", request.path());
        assertEquals("application/json", request.header("Content-Type"));

        JsonNode json = GatewayJson.parse(request.bodyText());
        assertEquals(List.of("type", "realm", "challengeId", "deviceId", "title", "body", "data"),
                fieldNames(json));
        assertEquals("sls-ibkey-challenge", json.get("type").asText());
        assertEquals("acme", json.get("realm").asText());
        assertFalse(json.has("deviceHandle"), "nothing that addresses the user travels with a push");
        assertEquals("chal-7", json.get("challengeId").asText());
        assertEquals("device-9", json.get("deviceId").asText());
        assertEquals("Sign-in request", json.get("title").asText());
        assertEquals("en", json.get("data").get("locale").asText());
        assertFalse(request.bodyText().contains(PushTestData.FCM_TOKEN), "the push token is not the webhook's business");

        assertEquals(String.valueOf(NOW.getEpochSecond()), request.header("SLS-Timestamp"));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        mac.update((NOW.getEpochSecond() + ".").getBytes(StandardCharsets.UTF_8));
        String expected = "sha256=" + HexFormat.of().formatHex(mac.doFinal(request.body()));
        assertEquals(expected, request.header("SLS-Signature"));
        assertFalse(request.everything().contains(TestKeys.MARKER), "the secret itself never leaves the server");
    }

    @Test
    void withoutSecretTheRequestIsUnsigned() throws Exception {
        assertTrue(send(Map.of(WebhookSettings.URL, gateway.baseUrl() + "/hooks/sls")).delivered());
        GatewayStub.Request request = gateway.requests().get(0);
        assertNull(request.header("SLS-Signature"));
        assertNull(request.header("SLS-Timestamp"));
    }

    @Test
    void gatewayErrorsBecomeFailureResults() throws Exception {
        gateway.route("/hooks/broken", 503, "{\"detail\":\"" + "x".repeat(500) + "\"}")
                .route("/hooks/gone", 404, "");
        PushResult broken = send(Map.of(WebhookSettings.URL, gateway.baseUrl() + "/hooks/broken"));
        assertEquals(new PushResult("webhook", Outcome.GATEWAY_ERROR, 503, "HTTP 503"), broken);
        PushResult gone = send(Map.of(WebhookSettings.URL, gateway.baseUrl() + "/hooks/gone"));
        assertEquals(new PushResult("webhook", Outcome.REJECTED, 404, "HTTP 404"), gone);
    }

    @Test
    void unreachableGatewayIsAFailureResult() throws Exception {
        PushResult result = send(Map.of(WebhookSettings.URL, "http://127.0.0.1:" + PushTestData.closedPort() + "/x"));
        assertEquals(Outcome.UNREACHABLE, result.outcome());
        assertEquals(0, result.statusCode());
    }

    @Test
    void sendReturnsBeforeTheGatewayAnswers() throws Exception {
        CountDownLatch release = gateway.holdAnswers();
        CompletableFuture<PushResult> pending = factory.create(null).send(PushTestData.notification(null),
                Map.of(WebhookSettings.URL, gateway.baseUrl() + "/hooks/sls"));
        assertFalse(pending.isDone(), "the gateway has not answered yet, so send must not have waited for it");
        release.countDown();
        assertTrue(pending.get(10, TimeUnit.SECONDS).delivered());
    }

    @Test
    void badSettingsAreRefusedNamingTheKey() {
        assertRefused(Map.of(), WebhookSettings.URL);
        assertRefused(Map.of(WebhookSettings.URL, "ftp://example.com/x"), WebhookSettings.URL);
        assertRefused(Map.of(WebhookSettings.URL, "/relative"), WebhookSettings.URL);
        assertRefused(Map.of(WebhookSettings.URL, "https://user:pw@example.com/x"), WebhookSettings.URL);
        assertRefused(Map.of(WebhookSettings.URL, "https://example.com/x", WebhookSettings.SECRET, "MARKER-short"),
                WebhookSettings.SECRET);
        WebhookSettings.from(Map.of(WebhookSettings.URL, "https://example.com/x", WebhookSettings.SECRET, SECRET));
    }

    @Test
    void badSettingsAtSendTimeGiveABadConfigResult() throws Exception {
        PushResult result = send(Map.of(WebhookSettings.URL, "mailto:someone@example.com"));
        assertEquals(Outcome.BAD_CONFIG, result.outcome());
        assertTrue(result.reason().startsWith(WebhookSettings.URL), result.reason());
        assertTrue(gateway.requests().isEmpty());
    }

    private void assertRefused(Map<String, String> settings, String key) {
        SettingException e = assertThrows(SettingException.class, () -> WebhookSettings.from(settings));
        assertEquals(key, e.key());
        assertTrue(e.getMessage().startsWith(key + ": "), e.getMessage());
        assertFalse(e.getMessage().contains("MARKER"), "a secret value is never repeated in an error");
    }

    private PushResult send(Map<String, String> settings) throws Exception {
        return factory.create(null).send(PushTestData.notification(PushTestData.FCM_TOKEN), settings)
                .get(10, TimeUnit.SECONDS);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
