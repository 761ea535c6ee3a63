package dev.sls.mobile.code;

import java.security.SecureRandom;
import java.util.Optional;

/**
 * A code sent to a number and not yet used: which number, the digits, when it expires, and how many wrong codes were
 * typed against it. Written as one line so it fits an authentication-session note (or any other store).
 *
 * @param e164      the number it was sent to
 * @param code      six digits
 * @param issuedAt  epoch seconds
 * @param expiresAt epoch seconds
 * @param failures  wrong codes typed for it so far
 */
public record PendingCode(String e164, String code, long issuedAt, long expiresAt, int failures) {

    public static final int DIGITS = 6;
    /** After this many wrong codes the code is dropped: the person must ask for a new one. */
    public static final int MAX_FAILURES = 5;
    private static final SecureRandom RANDOM = new SecureRandom();

    public static PendingCode issue(String e164, long now, int lifetimeSeconds) {
        StringBuilder digits = new StringBuilder(DIGITS);
        for (int i = 0; i < DIGITS; i++) {
            digits.append(RANDOM.nextInt(10));
        }
        return new PendingCode(e164, digits.toString(), now, now + lifetimeSeconds, 0);
    }

    public boolean expired(long now) {
        return now >= expiresAt;
    }

    /**
     * Whether a resend may repeat this code: same number, and enough of its lifetime left to type it (a third,
     * at least 60 s). Otherwise a fresh code is minted.
     */
    public boolean reusableFor(String number, long now) {
        long lifetime = expiresAt - issuedAt;
        return e164.equals(number) && expiresAt - now >= Math.min(60, lifetime / 3) && failures < MAX_FAILURES;
    }

    public PendingCode withFailure() {
        return new PendingCode(e164, code, issuedAt, expiresAt, failures + 1);
    }

    public String format() {
        return e164 + "|" + code + "|" + issuedAt + "|" + expiresAt + "|" + failures;
    }

    public static Optional<PendingCode> parse(String note) {
        if (note == null) {
            return Optional.empty();
        }
        String[] parts = note.split("\\|", -1);
        if (parts.length != 5 || !parts[1].matches("[0-9]{" + DIGITS + "}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PendingCode(parts[0], parts[1], Long.parseLong(parts[2]), Long.parseLong(parts[3]),
                    Integer.parseInt(parts[4])));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Never prints the digits. */
    @Override
    public String toString() {
        return "PendingCode[expiresAt=" + expiresAt + ", failures=" + failures + "]";
    }
}
