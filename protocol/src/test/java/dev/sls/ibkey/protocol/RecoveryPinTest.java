package dev.sls.ibkey.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class RecoveryPinTest {

    private static String sha1Hex(String pin) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(pin.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theAppsProofFromThePinMatchesTheServersFromTheStoredHash() throws Exception {
        String proof = RecoveryPin.proofFromPin("4821", "sls-demo", "abcdefghijklmnopqrstuv");
        assertEquals(proof, RecoveryPin.proofFromHash(sha1Hex("4821"), "sls-demo", "abcdefghijklmnopqrstuv"));
        assertTrue(RecoveryPin.matches(sha1Hex("4821"), "sls-demo", "abcdefghijklmnopqrstuv", proof));
        assertFalse(proof.contains("4821"));
    }

    @Test
    void aProofIsWorthNothingForAnotherPinRecoveryOrRealm() throws Exception {
        String proof = RecoveryPin.proofFromPin("4821", "sls-demo", "abcdefghijklmnopqrstuv");
        assertFalse(RecoveryPin.matches(sha1Hex("4822"), "sls-demo", "abcdefghijklmnopqrstuv", proof));
        assertFalse(RecoveryPin.matches(sha1Hex("4821"), "sls-demo", "abcdefghijklmnopqrstuw", proof));
        assertFalse(RecoveryPin.matches(sha1Hex("4821"), "other", "abcdefghijklmnopqrstuv", proof));
        assertFalse(RecoveryPin.matches(sha1Hex("4821"), "sls-demo", "abcdefghijklmnopqrstuv", null));
        assertNotEquals(proof, RecoveryPin.proofFromPin("4821", "sls-demo", "zbcdefghijklmnopqrstuv"));
    }
}
