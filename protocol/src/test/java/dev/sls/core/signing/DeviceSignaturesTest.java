package dev.sls.core.signing;

import static dev.sls.core.signing.DeviceSignatures.Verdict.BAD_SIGNATURE;
import static dev.sls.core.signing.DeviceSignatures.Verdict.FROM_THE_FUTURE;
import static dev.sls.core.signing.DeviceSignatures.Verdict.STALE;
import static dev.sls.core.signing.DeviceSignatures.Verdict.VALID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeviceSignaturesTest {

    private static final Duration AGE = Duration.ofMinutes(2);
    private static final Duration SKEW = Duration.ofSeconds(30);

    private final KeyPair device = DeviceKeys.generate();
    private final DeviceMessage message = DeviceMessageTest.approve().build();
    private final Instant now = message.time().plusSeconds(5);

    @Test
    void signedMessageVerifiesWithTheStoredPublicKey() {
        String signature = DeviceSignatures.sign(device.getPrivate(), message);
        var stored = DeviceKeys.decodePublic(DeviceKeys.encodePublic(device.getPublic()));
        assertEquals(VALID, DeviceSignatures.verify(stored, message, signature, now, AGE, SKEW));
    }

    @Test
    void tamperingAnotherKeyOrGarbageIsABadSignature() {
        String signature = DeviceSignatures.sign(device.getPrivate(), message);
        DeviceMessage denied = DeviceMessageTest.approve().decision("deny").build();
        assertEquals(BAD_SIGNATURE, DeviceSignatures.verify(device.getPublic(), denied, signature, now, AGE, SKEW));
        assertEquals(BAD_SIGNATURE, DeviceSignatures.verify(DeviceKeys.generate().getPublic(), message, signature, now, AGE, SKEW));
        for (String bad : new String[] {null, "", "!!!", "AAAA", "A".repeat(300), signature.substring(1)}) {
            assertEquals(BAD_SIGNATURE, DeviceSignatures.verify(device.getPublic(), message, bad, now, AGE, SKEW));
        }
    }

    @Test
    void oldAndFutureMessagesAreRefused() {
        String signature = DeviceSignatures.sign(device.getPrivate(), message);
        assertEquals(STALE, DeviceSignatures.verify(device.getPublic(), message, signature,
                message.time().plus(AGE).plusSeconds(1), AGE, SKEW));
        assertEquals(FROM_THE_FUTURE, DeviceSignatures.verify(device.getPublic(), message, signature,
                message.time().minus(SKEW).minusSeconds(1), AGE, SKEW));
        assertEquals(VALID, DeviceSignatures.verify(device.getPublic(), message, signature,
                message.time().minus(SKEW), AGE, SKEW));
    }

    @Test
    void onlyP256PublicKeysAreAccepted() throws Exception {
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        ec.initialize(new ECGenParameterSpec("secp384r1"));
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        for (KeyPair other : new KeyPair[] {ec.generateKeyPair(), rsa.generateKeyPair()}) {
            String encoded = java.util.Base64.getEncoder().encodeToString(other.getPublic().getEncoded());
            assertThrows(IllegalArgumentException.class, () -> DeviceKeys.decodePublic(encoded));
            assertThrows(IllegalArgumentException.class, () -> DeviceKeys.encodePublic(other.getPublic()));
        }
        for (String bad : new String[] {null, "", "not base64!", "AAAA", "A".repeat(2000)}) {
            assertThrows(IllegalArgumentException.class, () -> DeviceKeys.decodePublic(bad));
        }
    }

    @Test
    void aKeyWithTrailingOrChangedBytesIsRefusedOnEveryJdk() {
        byte[] good = DeviceKeys.generate().getPublic().getEncoded();
        byte[] trailing = java.util.Arrays.copyOf(good, good.length + 2);
        assertThrows(IllegalArgumentException.class,
                () -> DeviceKeys.decodePublic(java.util.Base64.getEncoder().encodeToString(trailing)));
        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < 500; i++) {
            byte[] mangled = good.clone();
            mangled[random.nextInt(mangled.length)] ^= (byte) (1 + random.nextInt(255));
            String encoded = java.util.Base64.getEncoder().encodeToString(mangled);
            try {
                DeviceKeys.decodePublic(encoded);
            } catch (IllegalArgumentException refused) {
                // the only way a bad key may fail
            }
        }
    }
}
