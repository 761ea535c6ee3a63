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
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FcmPushSenderTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final String SEND_PATH = "/v1/projects/sls-test-project/messages:send";
    private static final String CLIENT_EMAIL = "push-sender@sls-test-project.iam.gserviceaccount.com";

    private static KeyPair keys;

    private GatewayStub gateway;
    private MutableClock clock;
    private FcmPushSenderFactory factory;
    private Map<String, String> settings;
    private final AtomicInteger tokensIssued = new AtomicInteger();

    @BeforeAll
    static void keys() {
        keys = TestKeys.rsa();
    }

    @BeforeEach
    void start() throws Exception {
        gateway = new GatewayStub()
                .route("/token", request -> new GatewayStub.Response(200, "{\"access_token\":\"ya29.access-"
                        + tokensIssued.incrementAndGet() + "\",\"expires_in\":3599,\"token_type\":\"Bearer\"}"))
                .route(SEND_PATH, 200, "{\"name\":\"projects/sls-test-project/messages/0:1\"}");
        clock = new MutableClock(NOW);
        factory = new FcmPushSenderFactory(clock);
        settings = new HashMap<>(Map.of(
                FcmSettings.SERVICE_ACCOUNT, TestKeys.serviceAccount(keys.getPrivate(), gateway.baseUrl() + "/token"),
                FcmSettings.ENDPOINT, gateway.baseUrl()));
    }

    @AfterEach
    void stop() {
        gateway.close();
    }

    @Test
    void getsAnAccessTokenWithASignedAssertionThenSendsTheMessage() throws Exception {
        assertEquals(PushResult.delivered("fcm", 200), send(PushTestData.FCM_TOKEN));

        GatewayStub.Request tokenRequest = gateway.requests("/token").get(0);
        assertEquals("POST", tokenRequest.method());
        assertEquals("application/x-www-form-urlencoded", tokenRequest.header("Content-Type"));
        Map<String, String> form = form(tokenRequest.bodyText());
        assertEquals("urn:ietf:params:oauth:grant-type:jwt-bearer", form.get("grant_type"));
        JwtParts assertion = JwtParts.parse(form.get("assertion"));
        assertEquals("RS256", assertion.header().get("alg").asText());
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initVerify(keys.getPublic());
        rs256.update(assertion.signingInput());
        assertTrue(rs256.verify(assertion.signature()), "assertion signed with the service account's key");
        JsonNode claims = assertion.claims();
        assertEquals(CLIENT_EMAIL, claims.get("iss").asText());
        assertEquals("https://www.googleapis.com/auth/firebase.messaging", claims.get("scope").asText());
        assertEquals(gateway.baseUrl() + "/token", claims.get("aud").asText());
        assertEquals(NOW.getEpochSecond(), claims.get("iat").asLong());
        assertEquals(NOW.getEpochSecond() + 3600, claims.get("exp").asLong());

        GatewayStub.Request message = gateway.requests(SEND_PATH).get(0);
        assertEquals("POST", message.method());
        assertEquals("Bearer ya29.access-1", message.header("Authorization"));
        assertEquals("application/json", message.header("Content-Type"));
        JsonNode json = GatewayJson.parse(message.bodyText()).get("message");
        assertEquals(PushTestData.FCM_TOKEN, json.get("token").asText());
        assertEquals("Sign-in request", json.get("notification").get("title").asText());
        assertEquals("Approve the login on your IB Key", json.get("notification").get("body").asText());
        assertEquals(GatewayJson.parse("{\"type\":\"sls-ibkey-challenge\",\"realm\":\"acme\","
                + "\"challengeId\":\"chal-7\"}"), json.get("data"));
        assertEquals("HIGH", json.get("android").get("priority").asText());
        assertEquals("10", json.get("apns").get("headers").get("apns-priority").asText());

        String fragment = TestKeys.keyFragment(keys.getPrivate());
        for (GatewayStub.Request request : gateway.requests()) {
            assertFalse(request.everything().contains(TestKeys.MARKER), "service-account secrets stay here");
            assertFalse(request.everything().contains(fragment), "the private key stays here");
        }
    }

    @Test
    void theAccessTokenIsReusedUntilAMinuteBeforeItExpires() throws Exception {
        assertTrue(send(PushTestData.FCM_TOKEN).delivered());
        clock.advance(Duration.ofSeconds(3599 - 61));
        assertTrue(send(PushTestData.FCM_TOKEN).delivered());
        assertEquals(1, gateway.requests("/token").size(), "one token request for two sends");

        clock.advance(Duration.ofSeconds(2));
        assertTrue(send(PushTestData.FCM_TOKEN).delivered());
        assertEquals(2, gateway.requests("/token").size());
        assertEquals("Bearer ya29.access-2", gateway.requests(SEND_PATH).get(2).header("Authorization"));
    }

    @Test
    void aRefusedAccessTokenIsForgotten() throws Exception {
        gateway.route(SEND_PATH, 401, "{\"error\":{\"code\":401,\"status\":\"UNAUTHENTICATED\"}}");
        assertEquals(new PushResult("fcm", Outcome.AUTH_FAILED, 401, "UNAUTHENTICATED"), send(PushTestData.FCM_TOKEN));
        gateway.route(SEND_PATH, 200, "{}");
        assertTrue(send(PushTestData.FCM_TOKEN).delivered());
        assertEquals(2, gateway.requests("/token").size());
    }

    @Test
    void unregisteredTokenIsReportedAsRejectedToken() throws Exception {
        gateway.route(SEND_PATH, 404, "{\"error\":{\"code\":404,\"message\":\"Requested entity was not found.\","
                + "\"status\":\"NOT_FOUND\",\"details\":[{\"@type\":\"type.googleapis.com/google.firebase.fcm.v1.FcmError\","
                + "\"errorCode\":\"UNREGISTERED\"}]}}");
        assertEquals(new PushResult("fcm", Outcome.TOKEN_REJECTED, 404, "UNREGISTERED"), send(PushTestData.FCM_TOKEN));
    }

    @Test
    void gatewayErrorsBecomeFailureResults() throws Exception {
        gateway.route(SEND_PATH, 503, "<html>unavailable</html>");
        assertEquals(new PushResult("fcm", Outcome.GATEWAY_ERROR, 503, "HTTP 503"), send(PushTestData.FCM_TOKEN));
        gateway.route(SEND_PATH, 400, "{\"error\":{\"code\":400,\"status\":\"INVALID_ARGUMENT\"}}");
        assertEquals(new PushResult("fcm", Outcome.REJECTED, 400, "INVALID_ARGUMENT"), send(PushTestData.FCM_TOKEN));
    }

    @Test
    void aRefusedAssertionFailsWithoutSendingTheMessage() throws Exception {
        gateway.route("/token", 400, "{\"error\":\"invalid_grant\",\"error_description\":\"Invalid JWT Signature.\"}");
        PushResult result = send(PushTestData.FCM_TOKEN);
        assertEquals(new PushResult("fcm", Outcome.AUTH_FAILED, 400, "OAuth token request: invalid_grant"), result);
        assertTrue(gateway.requests(SEND_PATH).isEmpty());

        gateway.route("/token", 200, "{\"access_token\":\"ya29.later\",\"expires_in\":3599}");
        assertTrue(send(PushTestData.FCM_TOKEN).delivered(), "a failed token request is not cached");
    }

    @Test
    void unreachableGatewayIsAFailureResult() throws Exception {
        settings.put(FcmSettings.SERVICE_ACCOUNT, TestKeys.serviceAccount(keys.getPrivate(),
                "http://127.0.0.1:" + PushTestData.closedPort() + "/token"));
        assertEquals(Outcome.UNREACHABLE, send(PushTestData.FCM_TOKEN).outcome());
        settings.put(FcmSettings.SERVICE_ACCOUNT, TestKeys.serviceAccount(keys.getPrivate(), gateway.baseUrl() + "/token"));
        settings.put(FcmSettings.ENDPOINT, "http://127.0.0.1:" + PushTestData.closedPort());
        assertEquals(Outcome.UNREACHABLE, send(PushTestData.FCM_TOKEN).outcome());
    }

    @Test
    void aDeviceWithoutTokenIsNotSentTo() throws Exception {
        assertEquals(Outcome.NO_DEVICE_TOKEN, send(null).outcome());
        assertTrue(gateway.requests().isEmpty());
    }

    @Test
    void badSettingsAreRefusedNamingTheKey() {
        String account = settings.get(FcmSettings.SERVICE_ACCOUNT);
        assertRefused(Map.of(), FcmSettings.SERVICE_ACCOUNT, "is required");
        assertRefused(Map.of(FcmSettings.SERVICE_ACCOUNT, account.replace("\"type\"", "\"type\" " + TestKeys.MARKER)),
                FcmSettings.SERVICE_ACCOUNT, "is not valid JSON");
        assertRefused(Map.of(FcmSettings.SERVICE_ACCOUNT, account.replace("\"project_id\"", "\"project\"")),
                FcmSettings.SERVICE_ACCOUNT, "project_id is missing");
        assertRefused(Map.of(FcmSettings.SERVICE_ACCOUNT, account.replace("sls-test-project\"", "../other\"")),
                FcmSettings.SERVICE_ACCOUNT, "project_id");
        assertRefused(Map.of(FcmSettings.SERVICE_ACCOUNT, account.replace("BEGIN PRIVATE KEY", "BEGIN RSA PRIVATE KEY")),
                FcmSettings.SERVICE_ACCOUNT, "PKCS#8");
        assertRefused(Map.of(FcmSettings.SERVICE_ACCOUNT, account.replace("\"private_key\":\"-----BEGIN PRIVATE KEY-----\\n",
                "\"private_key\":\"-----BEGIN PRIVATE KEY-----\\nAAAA")), FcmSettings.SERVICE_ACCOUNT, "private_key");
        assertRefused(Map.of(FcmSettings.SERVICE_ACCOUNT, account, FcmSettings.ENDPOINT, "fcm.googleapis.com"),
                FcmSettings.ENDPOINT, "http");
        FcmSettings.from(Map.of(FcmSettings.SERVICE_ACCOUNT, account));
    }

    private void assertRefused(Map<String, String> bad, String key, String problem) {
        SettingException e = assertThrows(SettingException.class, () -> FcmSettings.from(bad));
        assertEquals(key, e.key());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
        assertFalse(e.getMessage().contains(TestKeys.MARKER), e.getMessage());
        assertFalse(e.getMessage().contains(TestKeys.keyFragment(keys.getPrivate())), e.getMessage());
        assertNotEquals(0, e.problem().length());
    }

    private PushResult send(String pushToken) throws Exception {
        return factory.create(null).send(PushTestData.notification(pushToken), settings).get(10, TimeUnit.SECONDS);
    }

    private static Map<String, String> form(String body) {
        Map<String, String> values = new HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return values;
    }
}
