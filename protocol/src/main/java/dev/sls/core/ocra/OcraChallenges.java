package dev.sls.core.ocra;

import java.security.SecureRandom;
import java.util.Objects;

/**
 * Random challenges for the party that asks (the server). Always full length: a numeric challenge
 * with leading zeros encodes like a shorter one (see RFC 6287 §5.1 numeric Q), so fixed-length
 * uniform challenges keep every value equally likely.
 */
public final class OcraChallenges {

    private static final String DIGITS = "0123456789";
    private static final String HEX_DIGITS = "0123456789ABCDEF";
    private static final String ALPHANUMERIC =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final int MIN_LENGTH = 4;
    private static final int MAX_LENGTH = 64;

    private OcraChallenges() {
    }

    /** Exactly {@code digits} uniformly random decimal digits (4 to 64), leading zeros allowed. */
    public static String numeric(int digits, SecureRandom random) {
        return randomString(DIGITS, digits, random);
    }

    /** Exactly {@code length} uniformly random upper-case hex digits (4 to 64). */
    public static String hexadecimal(int length, SecureRandom random) {
        return randomString(HEX_DIGITS, length, random);
    }

    /** Exactly {@code length} uniformly random letters and digits (4 to 64). */
    public static String alphanumeric(int length, SecureRandom random) {
        return randomString(ALPHANUMERIC, length, random);
    }

    /** A challenge in the suite's format, of the suite's maximum length. */
    public static String forSuite(OcraSuite suite, SecureRandom random) {
        int length = suite.maxChallengeLength();
        return switch (suite.challengeFormat()) {
            case NUMERIC -> numeric(length, random);
            case HEXADECIMAL -> hexadecimal(length, random);
            case ALPHANUMERIC -> alphanumeric(length, random);
        };
    }

    private static String randomString(String alphabet, int length, SecureRandom random) {
        Objects.requireNonNull(random, "random");
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            throw new IllegalArgumentException("challenge length must be " + MIN_LENGTH + " to " + MAX_LENGTH
                    + ", was " + length);
        }
        StringBuilder challenge = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            // nextInt(bound) rejects out-of-range draws, so there is no modulo bias.
            challenge.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return challenge.toString();
    }
}
