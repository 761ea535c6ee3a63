package dev.sls.dscplus.credential;

import dev.sls.core.ocra.HashAlgorithm;
import dev.sls.core.ocra.Ocra;
import dev.sls.core.ocra.OcraInput;
import dev.sls.core.ocra.OcraSuite;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.OptionalLong;

/**
 * Checks a typed response against a card's seed, with the PIN hash for suites with P and, for suites with a counter,
 * a small look-ahead for responses the card computed without them reaching the server. Also where the sealing
 * context of a card is defined, so seed and PIN hash open only for their own card.
 */
public final class CardSecrets {

    /** Counter values tried beyond the stored one. */
    public static final int LOOK_AHEAD = 10;

    private CardSecrets() {
    }

    public static String seedContext(String realmId, String cardId) {
        return "sls-dsc-plus|" + realmId + "|" + cardId;
    }

    public static String pinContext(String realmId, String cardId) {
        return seedContext(realmId, cardId) + "|pin";
    }

    /** The PIN as the suite's P carries it. */
    public static byte[] pinHash(OcraSuite suite, String pin) {
        HashAlgorithm algorithm = suite.pinHashAlgorithm().orElseThrow(() -> new IllegalArgumentException(
                "suite " + suite + " takes no PIN"));
        return algorithm.digest(pin.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The counter value the response was computed with (the stored one for suites without a counter, which is then
     * ignored), or empty when it is wrong. Malformed responses are simply wrong.
     */
    public static OptionalLong match(OcraSuite suite, byte[] seed, byte[] pinHash, long counter, String challenge,
                                     String typed) {
        if (typed == null || typed.length() != suite.digits() || !typed.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return OptionalLong.empty();
        }
        int tries = suite.usesCounter() ? LOOK_AHEAD + 1 : 1;
        for (int i = 0; i < tries; i++) {
            OcraInput.Builder input = OcraInput.builder().challenge(challenge);
            if (pinHash != null) {
                input.pinHash(pinHash);
            }
            if (suite.usesCounter()) {
                input.counter(counter + i);
            }
            if (Ocra.verify(suite, seed, input.build(), typed)) {
                return OptionalLong.of(counter + i);
            }
        }
        return OptionalLong.empty();
    }

    public static void wipe(byte[]... secrets) {
        for (byte[] secret : secrets) {
            if (secret != null) {
                Arrays.fill(secret, (byte) 0);
            }
        }
    }
}
