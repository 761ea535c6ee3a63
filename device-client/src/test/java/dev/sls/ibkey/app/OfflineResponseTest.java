package dev.sls.ibkey.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sls.core.ocra.Ocra;
import dev.sls.core.ocra.OcraInput;
import dev.sls.ibkey.protocol.IbKeyProtocol;
import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class OfflineResponseTest {

    private final byte[] key = randomKey();
    private final IbKeyApp app = IbKeyApp.install("Pixel 8", "android");

    private IbKeyUser user(String suite) {
        return new IbKeyUser("http://h", "demo", "alice", "cred-1", suite,
                Base64.getUrlEncoder().withoutPadding().encodeToString(key));
    }

    @Test
    void responseWithoutPinIsTheOcraOfTheChallenge() {
        IbKeyUser user = user(IbKeyProtocol.SUITE_WITHOUT_PIN.toString());
        String expected = Ocra.generate(IbKeyProtocol.SUITE_WITHOUT_PIN, key, OcraInput.ofChallenge("12345678"));
        assertEquals(expected, app.respond(user, "1234 5678", null));
        assertEquals(expected, app.respond(user, "12345678", "ignored"));
        assertEquals(8, expected.length());
        assertFalse(user.offlineNeedsPin());
    }

    @Test
    void responseWithPinTakesThePin() {
        IbKeyUser user = user(IbKeyProtocol.SUITE_WITH_PIN.toString());
        String expected = Ocra.generate(IbKeyProtocol.SUITE_WITH_PIN, key,
                OcraInput.builder().challenge("00420042").pin("k7#q").build());
        assertEquals(expected, app.respond(user, " 0042 0042 ", "k7#q"));
        assertNotEquals(expected, app.respond(user, "00420042", "k7#r"));
        assertTrue(user.offlineNeedsPin());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> app.respond(user, "00420042", null));
        assertTrue(e.getMessage().contains("PIN"), e.getMessage());
    }

    @Test
    void challengeMustBeDigits() {
        IbKeyUser user = user(IbKeyProtocol.SUITE_WITHOUT_PIN.toString());
        assertThrows(IllegalArgumentException.class, () -> app.respond(user, "1234-5678", null));
        assertThrows(IllegalArgumentException.class, () -> app.respond(user, "12a4", null));
        assertThrows(IllegalArgumentException.class, () -> app.respond(user, "   ", null));
        assertThrows(IllegalArgumentException.class, () -> app.respond(user, "123456789", null));
    }

    @Test
    void userWithoutOcraKeyCannotAnswerAndToStringHidesTheKey() {
        IbKeyUser keyless = new IbKeyUser("http://h", "demo", "alice", "cred-1",
                IbKeyProtocol.SUITE_WITHOUT_PIN.toString(), null);
        assertThrows(IllegalStateException.class, () -> app.respond(keyless, "1234", null));
        IbKeyUser user = user(IbKeyProtocol.SUITE_WITHOUT_PIN.toString());
        assertFalse(user.toString().contains(user.ocraKey()));
        assertTrue(user.toString().contains("alice"));
    }

    private static byte[] randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }
}
