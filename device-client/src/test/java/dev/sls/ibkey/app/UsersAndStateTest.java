package dev.sls.ibkey.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sls.core.signing.DeviceSignatures;
import dev.sls.ibkey.protocol.IbKeyMessages;
import dev.sls.ibkey.protocol.IbKeyProtocol;
import dev.sls.ibkey.protocol.api.DecisionRequest;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UsersAndStateTest {

    private final StubIbKeyServer server = new StubIbKeyServer("demo");
    private final StubIbKeyServer otherRealm = new StubIbKeyServer("shop");

    @TempDir
    Path dir;

    UsersAndStateTest() throws Exception {
    }

    @AfterEach
    void stop() {
        server.close();
        otherRealm.close();
    }

    @Test
    void oneAppManyUsersOneDeviceKey() {
        IbKeyApp app = IbKeyApp.install("Pixel 8", "cli");
        IbKeyUser alice = app.activateWithCode(server.url(), "demo", server.newCode("alice"), "k7#q");
        IbKeyUser bob = app.activateWithCode(server.url(), "demo", server.newCode("bob"), "k7#q");
        IbKeyUser shopAlice = app.activateWithCode(otherRealm.url(), "shop", otherRealm.newCode("alice"), "k7#q");
        assertEquals(List.of(alice, bob, shopAlice), app.users());
        assertEquals(shopAlice, app.user("shop", "alice").orElseThrow());
        assertEquals(app.publicKey(), server.credentials.get(bob.deviceHandle()).publicKey());
        assertEquals(app.publicKey(), otherRealm.credentials.get(shopAlice.deviceHandle()).publicKey());

        server.credentials.clear();
        IbKeyUser aliceAgain = app.activateWithCode(server.url(), "demo", server.newCode("alice"), "k7#q");
        assertNotEquals(alice.ocraKey(), aliceAgain.ocraKey());
        assertEquals(List.of(aliceAgain, bob, shopAlice), app.users());

        assertThrows(DeviceApiException.class, () -> app.activateWithCode(server.url(), "demo",
                dev.sls.ibkey.protocol.ActivationCode.random(new java.security.SecureRandom()).display(), "k7#q"));
        assertEquals(List.of(aliceAgain, bob, shopAlice), app.users());

        app.removeUser(bob);
        assertEquals(List.of(aliceAgain, shopAlice), app.users());
        assertTrue(app.user("demo", "bob").isEmpty());
    }

    @Test
    void saveAndLoadKeepUsersKeyAndPushAndTheFileIsPrivate() throws IOException {
        IbKeyApp app = IbKeyApp.install("Pixel 8", "android");
        app.registerPush("webhook", "https://hooks.example/1");
        IbKeyUser alice = app.activateWithCode(server.url(), "demo", server.newCode("alice"), "k7#q");
        IbKeyUser bob = app.activateWithCode(server.url(), "demo", server.newCode("bob"), "k7#q");
        Path file = dir.resolve("sub/state.json");
        app.save(file);
        app.save(file);

        IbKeyApp loaded = IbKeyApp.load(file);
        assertEquals(app.deviceId(), loaded.deviceId());
        assertEquals("Pixel 8", loaded.deviceName());
        assertEquals("android", loaded.platform());
        assertEquals(app.publicKey(), loaded.publicKey());
        assertEquals(List.of(alice, bob), loaded.users());
        assertEquals(alice.ocraKey(), loaded.users().get(0).ocraKey());
        assertEquals("webhook", loaded.pushProvider().orElseThrow());
        assertEquals("https://hooks.example/1", loaded.pushToken().orElseThrow());

        DecisionRequest signed = loaded.signDecision(alice, "ch", "deny", null, null, null);
        assertEquals(DeviceSignatures.Verdict.VALID, DeviceSignatures.verify(app.devicePublicKey(),
                IbKeyMessages.decision("demo", alice.deviceHandle(), "ch", "deny", null, null, null, signed.nonce(),
                        Instant.ofEpochSecond(signed.time())), signed.signature(), Instant.now(),
                Duration.ofMinutes(1), Duration.ofMinutes(1)));
        server.addChallenge(alice.deviceHandle(), List.of(), null, null);
        assertEquals(1, loaded.pending(alice).challenges().size());
        assertEquals(IbKeyProtocol.SUITE_WITH_PIN.toString(), loaded.users().get(1).ocraSuite());

        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
                    Files.getPosixFilePermissions(file));
        }
        try (var files = Files.list(file.getParent())) {
            assertEquals(List.of(file), files.toList());
        }
        String text = Files.readString(file);
        assertTrue(text.contains("\"privateKey\""));
        assertFalse(text.contains("label"));
    }

    @Test
    void aFileThatIsNotAnAppStateIsRefused() throws IOException {
        Path file = dir.resolve("x.json");
        Files.writeString(file, "{\"hello\": 1}");
        assertThrows(IOException.class, () -> IbKeyApp.load(file));
        Files.writeString(file, "not json");
        assertThrows(IOException.class, () -> IbKeyApp.load(file));
    }
}
