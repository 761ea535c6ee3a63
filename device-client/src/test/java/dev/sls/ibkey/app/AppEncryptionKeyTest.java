package dev.sls.ibkey.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sls.ibkey.protocol.PasswordSeal;
import dev.sls.ibkey.protocol.api.SealedPassword;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppEncryptionKeyTest {

    @Test
    void aPinProtectedKeyOpensOnlyWithThePin() {
        PasswordSeal.KeyPair keys = PasswordSeal.generateKeyPair();
        AppEncryptionKey stored = AppEncryptionKey.create(keys, "k7#q");
        assertTrue(stored.pinProtected());
        assertFalse(stored.privateKey().contains(PasswordSeal.encode(keys.privateKey())), "wrapped, not in clear");
        assertArrayEquals(keys.privateKey(), stored.unlock("k7#q").privateKey());
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class, () -> stored.unlock("k7#r"));
        assertEquals("wrong PIN", wrong.getMessage());
        assertThrows(IllegalArgumentException.class, () -> stored.unlock(null));
        assertFalse(stored.toString().contains(stored.privateKey()));
    }

    @Test
    void withoutAPinThePhoneUnlockStandsForIt() {
        PasswordSeal.KeyPair keys = PasswordSeal.generateKeyPair();
        AppEncryptionKey stored = AppEncryptionKey.create(keys, null);
        assertFalse(stored.pinProtected());
        assertArrayEquals(keys.privateKey(), stored.unlock(null).privateKey());
    }

    @Test
    void theInboxOpensWhatTheServerSealsForThisUserOnly() {
        PasswordSeal.KeyPair keys = PasswordSeal.generateKeyPair();
        IbKeyUser alice = new IbKeyUser("http://s", "demo", "alice", "u.c", null, null);
        PasswordSeal.Sealed sealed = PasswordSeal.seal(keys.publicKey(), PasswordSeal.info("demo", "alice"),
                "d-1".getBytes(StandardCharsets.UTF_8), "Abcde-23456".getBytes(StandardCharsets.UTF_8));
        SealedPassword answer = new SealedPassword("d-1", PasswordSeal.SUITE, PasswordSeal.encode(sealed.enc()),
                PasswordSeal.encode(sealed.ciphertext()), "2026-12-08T00:00:00Z", "2026-12-08T00:30:00Z");
        assertEquals("Abcde-23456", PasswordInbox.open(keys, alice, answer));

        IbKeyUser bob = new IbKeyUser("http://s", "demo", "bob", "u.c", null, null);
        assertThrows(IllegalStateException.class, () -> PasswordInbox.open(keys, bob, answer));
        SealedPassword otherDelivery = new SealedPassword("d-2", answer.suite(), answer.enc(), answer.ciphertext(),
                answer.createdAt(), answer.expiresAt());
        assertThrows(IllegalStateException.class, () -> PasswordInbox.open(keys, alice, otherDelivery));
    }

    @Test
    void activationStoresTheKeyInTheAppFile(@TempDir Path dir) throws Exception {
        try (StubIbKeyServer server = new StubIbKeyServer("demo")) {
            IbKeyApp app = IbKeyApp.install("Pixel", "android");
            IbKeyUser user = app.activateWithCode(server.url(), "demo", server.newCode("alice"), "k7#q");
            app.save(dir.resolve("app.json"));
            IbKeyUser loaded = IbKeyApp.load(dir.resolve("app.json")).users().get(0);
            assertEquals(user.encryptionKey(), loaded.encryptionKey());
            assertTrue(loaded.encryptionKey().pinProtected());
            assertEquals(32, loaded.encryptionKey().unlock("k7#q").privateKey().length);
        }
    }
}
