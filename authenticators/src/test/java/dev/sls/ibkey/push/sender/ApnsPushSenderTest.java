package dev.sls.ibkey.push.sender;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sls.core.gateway.GatewayJson;
import dev.sls.core.gateway.JwtParts;
import dev.sls.core.gateway.SettingException;
import dev.sls.core.gateway.TestKeys;
import dev.sls.ibkey.push.sender.PushResult.Outcome;
import java.security.KeyPair;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApnsPushSenderTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final String DEVICE_PATH = "/3/device/" + PushTestData.APNS_TOKEN;

    private static KeyPair keys;

    private GatewayStub gateway;
    private MutableClock clock;
    private ApnsPushSenderFactory factory;
    private Map<String, String> settings;

    @BeforeAll
    static void keys() {
        keys = TestKeys.ec("secp256r1");
    }

    @BeforeEach
    void start() throws Exception {
        gateway = new GatewayStub().route("/3/device/", 200, "");
        clock = new MutableClock(NOW);
        factory = new ApnsPushSenderFactory(clock);
        settings = new HashMap<>(Map.of(
                ApnsSettings.TEAM_ID, "TEAM123456",
                ApnsSettings.KEY_ID, "KEY9876543",
                ApnsSettings.PRIVATE_KEY, TestKeys.pem(keys.getPrivate()),
                ApnsSettings.TOPIC, "dev.sls.ibkey",
                ApnsSettings.ENDPOINT, gateway.baseUrl()));
    }

    @AfterEach
    void stop() {
        gateway.close();
    }

    @Test
    void postsTheAlertWithAnEs256ProviderToken() throws Exception {
        assertEquals(PushResult.delivered("apns", 200), send(PushTestData.APNS_TOKEN));

        GatewayStub.Request request = gateway.requests().get(0);
        assertEquals("POST", request.method());
        assertEquals(DEVICE_PATH, request.path());
        assertEquals("dev.sls.ibkey", request.header("apns-topic"));
        assertEquals("alert", request.header("apns-push-type"));
        assertEquals("10", request.header("apns-priority"));
        assertEquals(String.valueOf(NOW.getEpochSecond() + 120), request.header("apns-expiration"));

        String authorization = request.header("authorization");
        assertTrue(authorization.startsWith("bearer "), authorization);
        JwtParts jwt = JwtParts.parse(authorization.substring("bearer ".length()));
        assertEquals("ES256", jwt.header().get("alg").asText());
        assertEquals("KEY9876543", jwt.header().get("kid").asText());
        assertEquals("TEAM123456", jwt.claims().get("iss").asText());
        assertEquals(NOW.getEpochSecond(), jwt.claims().get("iat").asLong());
        assertEquals(64, jwt.signature().length, "JOSE r||s, not DER");
        Signature es256 = Signature.getInstance("SHA256withECDSA");
        es256.initVerify(keys.getPublic());
        es256.update(jwt.signingInput());
        assertTrue(es256.verify(JwtParts.joseToDer(jwt.signature())), "signed with the .p8 key");

        JsonNode body = GatewayJson.parse(request.bodyText());
        assertEquals(GatewayJson.parse("{\"aps\":{\"alert\":{\"title\":\"Sign-in request\","
                + "\"body\":\"Approve the login on your IB Key\"},\"sound\":\"default\"},"
                + "\"type\":\"sls-ibkey-challenge\",\"realm\":\"acme\","
                + "\"challengeId\":\"chal-7\"}"), body);
        assertFalse(request.everything().contains(TestKeys.keyFragment(keys.getPrivate())));
    }

    @Test
    void theProviderTokenIsReusedForFiftyMinutes() throws Exception {
        send(PushTestData.APNS_TOKEN);
        clock.advance(Duration.ofMinutes(49));
        send(PushTestData.APNS_TOKEN);
        clock.advance(Duration.ofMinutes(2));
        send(PushTestData.APNS_TOKEN);
        var requests = gateway.requests();
        assertEquals(requests.get(0).header("authorization"), requests.get(1).header("authorization"));
        assertNotEquals(requests.get(1).header("authorization"), requests.get(2).header("authorization"));
        assertEquals(NOW.plus(Duration.ofMinutes(51)).getEpochSecond(),
                JwtParts.parse(requests.get(2).header("authorization").substring(7)).claims().get("iat").asLong());
    }

    @Test
    void aRefusedProviderTokenIsReplaced() throws Exception {
        gateway.route("/3/device/", 403, "{\"reason\":\"InvalidProviderToken\"}");
        assertEquals(new PushResult("apns", Outcome.AUTH_FAILED, 403, "InvalidProviderToken"), send(PushTestData.APNS_TOKEN));
        gateway.route("/3/device/", 200, "");
        assertTrue(send(PushTestData.APNS_TOKEN).delivered());
        var requests = gateway.requests();
        assertNotEquals(requests.get(0).header("authorization"), requests.get(1).header("authorization"));
    }

    @Test
    void goneOrBadDeviceTokensAreReportedAsRejectedTokens() throws Exception {
        gateway.route("/3/device/", 410, "{\"reason\":\"Unregistered\",\"timestamp\":1740000000000}");
        assertEquals(new PushResult("apns", Outcome.TOKEN_REJECTED, 410, "Unregistered"), send(PushTestData.APNS_TOKEN));
        gateway.route("/3/device/", 400, "{\"reason\":\"BadDeviceToken\"}");
        assertEquals(new PushResult("apns", Outcome.TOKEN_REJECTED, 400, "BadDeviceToken"), send(PushTestData.APNS_TOKEN));
    }

    @Test
    void gatewayErrorsBecomeFailureResults() throws Exception {
        gateway.route("/3/device/", 500, "{\"reason\":\"InternalServerError\"}");
        assertEquals(new PushResult("apns", Outcome.GATEWAY_ERROR, 500, "InternalServerError"), send(PushTestData.APNS_TOKEN));
        gateway.route("/3/device/", 413, "{\"reason\":\"PayloadTooLarge\"}");
        assertEquals(new PushResult("apns", Outcome.REJECTED, 413, "PayloadTooLarge"), send(PushTestData.APNS_TOKEN));
        gateway.route("/3/device/", 429, "{\"reason\":\"TooManyRequests\"}");
        assertEquals(Outcome.GATEWAY_ERROR, send(PushTestData.APNS_TOKEN).outcome());
    }

    @Test
    void unreachableGatewayIsAFailureResult() throws Exception {
        settings.put(ApnsSettings.ENDPOINT, "http://127.0.0.1:" + PushTestData.closedPort());
        assertEquals(Outcome.UNREACHABLE, send(PushTestData.APNS_TOKEN).outcome());
    }

    @Test
    void tokensThatAreNotHexNeverReachTheUrl() throws Exception {
        assertEquals(Outcome.TOKEN_REJECTED, send("../../admin?x=1").outcome());
        assertEquals(Outcome.NO_DEVICE_TOKEN, send(null).outcome());
        assertTrue(gateway.requests().isEmpty());
    }

    @Test
    void sendReturnsBeforeTheGatewayAnswers() throws Exception {
        CountDownLatch release = gateway.holdAnswers();
        CompletableFuture<PushResult> pending = factory.create(null)
                .send(PushTestData.notification(PushTestData.APNS_TOKEN), settings);
        assertFalse(pending.isDone(), "the gateway has not answered yet, so send must not have waited for it");
        release.countDown();
        assertTrue(pending.get(10, TimeUnit.SECONDS).delivered());
    }

    @Test
    void badSettingsAreRefusedNamingTheKey() {
        assertRefused(ApnsSettings.TEAM_ID, null);
        assertRefused(ApnsSettings.TEAM_ID, "TEAM");
        assertRefused(ApnsSettings.KEY_ID, "KEY-987654");
        assertRefused(ApnsSettings.PRIVATE_KEY, "not a key");
        assertRefused(ApnsSettings.PRIVATE_KEY, TestKeys.pem(TestKeys.ec("secp384r1").getPrivate()));
        assertRefused(ApnsSettings.PRIVATE_KEY, TestKeys.pem(TestKeys.rsa().getPrivate()));
        assertRefused(ApnsSettings.TOPIC, "dev/sls");
        assertRefused(ApnsSettings.ENDPOINT, "api.push.apple.com");
        settings.remove(ApnsSettings.ENDPOINT);
        ApnsSettings.from(settings);
        assertEquals(ApnsSettings.PRODUCTION_ENDPOINT, ApnsSettings.from(settings).endpoint());
    }

    private void assertRefused(String key, String value) {
        Map<String, String> bad = new HashMap<>(settings);
        if (value == null) {
            bad.remove(key);
        } else {
            bad.put(key, value);
        }
        SettingException e = assertThrows(SettingException.class, () -> ApnsSettings.from(bad));
        assertEquals(key, e.key(), e.getMessage());
        if (value != null && value.length() > 200) {
            String body = value.replaceAll("-----[A-Z ]+-----|\\s", "");
            assertFalse(e.getMessage().contains(body.substring(body.length() / 2, body.length() / 2 + 20)),
                    "key material is never repeated in an error");
        }
    }

    private PushResult send(String pushToken) throws Exception {
        return factory.create(null).send(PushTestData.notification(pushToken), settings).get(10, TimeUnit.SECONDS);
    }
}
