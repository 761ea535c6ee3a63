package dev.sls.ibkey.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TransferUriTest {

    private static final String OFFER = "A".repeat(42) + "_";

    @Test
    void formatsAndParsesBack() {
        TransferUri uri = new TransferUri("https://login.example/auth", "bank one", OFFER);
        assertEquals(uri, TransferUri.parse(uri.format()).orElseThrow());
        assertTrue(uri.format().startsWith("sls-ibkey://transfer?v=1&server=https%3A%2F%2Flogin.example%2Fauth"));
    }

    @Test
    void refusesWhatIsNotATransfer() {
        String activation = "sls-ibkey://activate?v=1&server=http%3A%2F%2Fh&realm=r&code=" + OFFER;
        assertTrue(TransferUri.parse(activation).isEmpty());
        assertTrue(TransferUri.parse("sls-ibkey://transfer?v=2&server=http%3A%2F%2Fh&realm=r&offer=" + OFFER).isEmpty());
        assertTrue(TransferUri.parse("sls-ibkey://transfer?v=1&server=ftp%3A%2F%2Fh&realm=r&offer=" + OFFER).isEmpty());
        assertTrue(TransferUri.parse("sls-ibkey://transfer?v=1&server=http%3A%2F%2Fh&realm=r&offer=short").isEmpty());
        assertTrue(TransferUri.parse(null).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> new TransferUri("http://h", " ", OFFER));
    }

    @Test
    void thePushTokenIsSignedByItsDigest() {
        Instant now = Instant.ofEpochSecond(1_700_000_000);
        String token = "t".repeat(4096);
        byte[] one = IbKeyMessages.updatePushToken("r", "u.c", "fcm", token, "n".repeat(16), now).canonicalBytes();
        byte[] other = IbKeyMessages.updatePushToken("r", "u.c", "fcm", token + "x", "n".repeat(16), now)
                .canonicalBytes();
        assertNotEquals(new String(one), new String(other));
        assertTrue(new String(one).contains("x-push-token-sha256=" + IbKeyMessages.sha256(token)));
        assertTrue(new String(IbKeyMessages.updatePushToken("r", "u.c", null, null, "n".repeat(16), now)
                .canonicalBytes()).contains("x-push-provider=-"));
    }
}
