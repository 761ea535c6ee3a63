package dev.sls.ibkey.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sls.core.pin.PinProblem;
import dev.sls.core.signing.DeviceKeys;
import dev.sls.core.signing.DeviceSignatures;
import dev.sls.ibkey.protocol.ActivationCode;
import dev.sls.ibkey.protocol.ActivationUri;
import dev.sls.ibkey.protocol.IbKeyMessages;
import dev.sls.ibkey.protocol.IbKeyProtocol;
import dev.sls.ibkey.protocol.api.IbKeyErrorCode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ActivationHttpTest {

    private final StubIbKeyServer server = new StubIbKeyServer("demo");

    ActivationHttpTest() throws Exception {
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void activationRequestIsSignedAndCarriesThePinHash() throws Exception {
        IbKeyApp app = IbKeyApp.install("Pixel 8", "android");
        app.registerPush("fcm", "token-1");
        String code = server.newCode("alice");
        IbKeyUser user = app.activateFromQr(ActivationQrTest.qrPng(
                new ActivationUri(server.url(), "demo", ActivationCode.parse(code).orElseThrow()).format()), "k7#q");

        StubIbKeyServer.Recorded sent = server.last();
        assertEquals("POST", sent.method());
        assertEquals("/realms/demo/sls/ibkey/activations", sent.rawPath());
        assertTrue(sent.headers().get("Content-type").get(0).startsWith("application/json"));
        JsonNode body = new ObjectMapper().readTree(sent.body());
        String canonical = ActivationCode.parse(code).orElseThrow().canonical();
        assertEquals(canonical, body.get("activationCode").asText());
        assertEquals(app.publicKey(), body.get("publicKey").asText());
        assertEquals(app.deviceId(), body.get("deviceId").asText());
        assertEquals("Pixel 8", body.get("deviceName").asText());
        assertEquals("android", body.get("platform").asText());
        assertEquals("fcm", body.get("pushProvider").asText());
        assertEquals("token-1", body.get("pushToken").asText());
        String sha1 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest("k7#q".getBytes(StandardCharsets.UTF_8)));
        assertEquals(sha1, body.get("pinHash").asText());
        assertEquals(32, body.get("nonce").asText().length());
        Instant time = Instant.ofEpochSecond(body.get("time").asLong());
        assertTrue(Duration.between(time, Instant.now()).abs().getSeconds() < 60);
        assertEquals(DeviceSignatures.Verdict.VALID, DeviceSignatures.verify(DeviceKeys.decodePublic(app.publicKey()),
                IbKeyMessages.activation("demo", canonical, app.publicKey(), app.deviceId(), sha1,
                        body.get("encryptionKey").asText(), body.get("nonce").asText(), time),
                body.get("signature").asText(), Instant.now(),
                Duration.ofMinutes(1), Duration.ofMinutes(1)));

        assertEquals("alice", user.username());
        assertEquals(IbKeyProtocol.SUITE_WITH_PIN.toString(), user.ocraSuite());
        assertEquals(server.credentials.get(user.deviceHandle()).ocraKey(), user.ocraKey());
        assertEquals(server.url(), user.server());
        assertEquals(List.of(user), app.users());
        assertEquals(body.get("encryptionKey").asText(), user.encryptionKey().publicKey(), "the key registered is kept");
        assertTrue(user.encryptionKey().pinProtected());
    }

    @Test
    void iosSendsNoPinHashAndNeedsNoPin() throws Exception {
        IbKeyApp app = IbKeyApp.install("iPhone", "ios");
        IbKeyUser user = app.activateWithCode(server.url(), "demo", server.newCode("bob").toLowerCase(), null);
        JsonNode body = new ObjectMapper().readTree(server.last().body());
        assertTrue(body.get("pinHash").isNull());
        assertTrue(body.get("pushProvider").isNull());
        assertEquals(IbKeyProtocol.SUITE_WITHOUT_PIN.toString(), user.ocraSuite());
    }

    @Test
    void weakPinOrMalformedCodeIsRefusedBeforeAnythingIsSent() {
        IbKeyApp app = IbKeyApp.install("Pixel 8", "cli");
        String code = server.newCode("alice");
        PinRefusedException weak = assertThrows(PinRefusedException.class,
                () -> app.activateWithCode(server.url(), "demo", code, "1234"));
        assertTrue(weak.problems().contains(PinProblem.SEQUENCE));
        assertThrows(PinRefusedException.class, () -> app.activateWithCode(server.url(), "demo", code, null));
        IllegalArgumentException malformed = assertThrows(IllegalArgumentException.class,
                () -> app.activateWithCode(server.url(), "demo", "ABCD-EFGH", "k7#q"));
        assertTrue(malformed.getMessage().contains("wrong length"), malformed.getMessage());
        String mistyped = code.substring(0, code.length() - 1) + (code.endsWith("0") ? "1" : "0");
        IllegalArgumentException typo = assertThrows(IllegalArgumentException.class,
                () -> app.activateWithCode(server.url(), "demo", mistyped, "k7#q"));
        assertTrue(typo.getMessage().contains("last symbol does not match"), typo.getMessage());
        assertThrows(IllegalArgumentException.class, () -> app.activateWithCode("ftp://x", "demo", code, "k7#q"));
        assertTrue(server.requests.isEmpty());
        assertTrue(app.users().isEmpty());
    }

    @Test
    void apiErrorBecomesDeviceApiException() {
        IbKeyApp app = IbKeyApp.install("Pixel 8", "cli");
        String unknown = ActivationCode.random(new java.security.SecureRandom()).display();
        DeviceApiException e = assertThrows(DeviceApiException.class,
                () -> app.activateWithCode(server.url(), "demo", unknown, "k7#q"));
        assertEquals(404, e.status());
        assertEquals("activation_code_unknown", e.error());
        assertEquals(IbKeyErrorCode.ACTIVATION_CODE_UNKNOWN, e.code().orElseThrow());
        assertEquals("no such activation code", e.serverMessage());
        assertTrue(app.users().isEmpty());

        DeviceApiException wrongRealm = assertThrows(DeviceApiException.class,
                () -> app.activateWithCode(server.url(), "other", server.newCode("bob"), "k7#q"));
        assertEquals("not_found", wrongRealm.error());
    }

    @Test
    void codeIsSingleUseAndReactivationOfTheSameDeviceKeepsTheStoredKey() {
        IbKeyApp app = IbKeyApp.install("Pixel 8", "cli");
        String code = server.newCode("alice");
        IbKeyUser first = app.activateWithCode(server.url(), "demo", code, "k7#q");
        DeviceApiException reused = assertThrows(DeviceApiException.class,
                () -> app.activateWithCode(server.url(), "demo", code, "k7#q"));
        assertEquals(IbKeyErrorCode.ACTIVATION_CODE_UNKNOWN, reused.code().orElseThrow());
        IbKeyUser again = app.activateWithCode(server.url(), "demo", server.newCode("alice"), "k7#q");
        assertEquals(first.withEncryptionKey(again.encryptionKey()), again, "the same user, OCRA key kept");
        assertNotNull(again.ocraKey());
        assertEquals(List.of(again), app.users());
        assertNotEquals(first.encryptionKey().publicKey(), again.encryptionKey().publicKey(),
                "the encryption key just registered is the one kept (the server follows it)");
    }

    @Test
    void serverThatAnswersWithoutApiErrorStillGivesAClearException() throws Exception {
        try (var plain = new PlainStatusServer(503, "<html>maintenance</html>")) {
            IbKeyApp app = IbKeyApp.install("Pixel 8", "ios");
            DeviceApiException e = assertThrows(DeviceApiException.class,
                    () -> app.activateWithCode(plain.url(), "demo", server.newCode("x"), null));
            assertEquals(503, e.status());
            assertEquals("http_503", e.error());
            assertTrue(e.code().isEmpty());
            assertTrue(e.serverMessage().contains("maintenance"));
        }
    }

    @Test
    void unreachableServerIsAnUncheckedIoException() {
        IbKeyApp app = IbKeyApp.install("Pixel 8", "ios");
        assertThrows(java.io.UncheckedIOException.class,
                () -> app.activateWithCode("http://127.0.0.1:1", "demo", server.newCode("x"), null));
    }

    @Test
    void pathSegmentsAreEncoded() {
        assertEquals("a%20b%2Fc%C3%A9~._-", DeviceApiClient.segment("a b/cé~._-"));
        assertEquals("http://h:1/auth/realms/my%20realm/sls/ibkey", DeviceApiClient.apiBase("http://h:1/auth/", "my realm"));
    }
}
