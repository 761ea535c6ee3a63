package dev.sls.core.ocra;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Builds the OCRA DataInput (RFC 6287 §5.1) after checking the input against the suite:
 * {@code suite | 00 | C (8 bytes) | Q (128 bytes) | P | S | T (8 bytes)}, absent parts omitted.
 */
final class DataInput {

    static final int QUESTION_LENGTH = 128;

    private DataInput() {
    }

    /** The DataInput bytes; the caller should wipe them after use, as they may hold the PIN hash. */
    static byte[] encode(OcraSuite suite, OcraInput input) {
        byte[] suiteBytes = suite.toString().getBytes(StandardCharsets.US_ASCII);
        Long counter = counter(suite, input);
        byte[] question = question(suite, input.challenges());
        byte[] pin = pin(suite, input);
        byte[] session = sessionInfo(suite, input);
        Long timeSteps = timeSteps(suite, input);

        int length = suiteBytes.length + 1 + (counter == null ? 0 : Long.BYTES) + question.length
                + (pin == null ? 0 : pin.length) + (session == null ? 0 : session.length)
                + (timeSteps == null ? 0 : Long.BYTES);
        ByteBuffer data = ByteBuffer.allocate(length);
        data.put(suiteBytes).put((byte) 0);
        if (counter != null) {
            data.putLong(counter);
        }
        data.put(question);
        if (pin != null) {
            data.put(pin);
            Arrays.fill(pin, (byte) 0);
        }
        if (session != null) {
            data.put(session);
        }
        if (timeSteps != null) {
            data.putLong(timeSteps);
        }
        return data.array();
    }

    private static Long counter(OcraSuite suite, OcraInput input) {
        boolean given = input.counter().isPresent();
        requirePresence(suite, suite.usesCounter(), given, "a counter (C)");
        return given ? input.counter().getAsLong() : null;
    }

    private static Long timeSteps(OcraSuite suite, OcraInput input) {
        boolean given = input.timeSteps().isPresent();
        requirePresence(suite, suite.timeStep().isPresent(), given, "a timestamp (T)");
        return given ? input.timeSteps().getAsLong() : null;
    }

    private static byte[] pin(OcraSuite suite, OcraInput input) {
        Optional<HashAlgorithm> algorithm = suite.pinHashAlgorithm();
        Optional<String> pin = input.pin();
        Optional<byte[]> preHashed = input.pinHash();
        requirePresence(suite, algorithm.isPresent(), pin.isPresent() || preHashed.isPresent(), "a PIN (P)");
        if (algorithm.isEmpty()) {
            return null;
        }
        HashAlgorithm hash = algorithm.get();
        if (pin.isPresent()) {
            byte[] raw = pin.get().getBytes(StandardCharsets.UTF_8);
            byte[] hashed = hash.digest(raw);
            Arrays.fill(raw, (byte) 0);
            return hashed;
        }
        byte[] hashed = preHashed.get();
        if (hashed.length != hash.outputLength()) {
            throw new IllegalArgumentException("PIN hash must be " + hash.outputLength() + " bytes ("
                    + hash.suiteName() + ") for suite " + suite + ", was " + hashed.length);
        }
        return hashed;
    }

    private static byte[] sessionInfo(OcraSuite suite, OcraInput input) {
        Optional<byte[]> session = input.sessionInfo();
        requirePresence(suite, suite.sessionInfoLength().isPresent(), session.isPresent(), "session information (S)");
        if (session.isEmpty()) {
            return null;
        }
        int expected = suite.sessionInfoLength().getAsInt();
        if (session.get().length != expected) {
            throw new IllegalArgumentException("session information must be exactly " + expected
                    + " bytes for suite " + suite + ", was " + session.get().length);
        }
        return session.get();
    }

    /** Q: the challenge(s) in their format's encoding, zero-padded on the right to 128 bytes. */
    static byte[] question(OcraSuite suite, List<String> challenges) {
        if (challenges.isEmpty()) {
            throw new IllegalArgumentException("suite " + suite + " requires a challenge (Q), none was given");
        }
        StringBuilder joined = new StringBuilder();
        for (String challenge : challenges) {
            checkChallenge(suite, challenge);
            joined.append(challenge);
        }
        byte[] encoded = switch (suite.challengeFormat()) {
            case ALPHANUMERIC -> joined.toString().getBytes(StandardCharsets.US_ASCII);
            // As RFC 6287's own computations do: the decimal number in hex, left-aligned, so "1" -> 0x10.
            // Leading zeros therefore do not count: "0042" and "42" give the same Q.
            case NUMERIC -> hexLeftAligned(new BigInteger(joined.toString()).toString(16));
            case HEXADECIMAL -> hexLeftAligned(joined.toString());
        };
        if (encoded.length > QUESTION_LENGTH) {
            throw new IllegalArgumentException("challenge does not fit the 128 bytes of Q");
        }
        return Arrays.copyOf(encoded, QUESTION_LENGTH);
    }

    private static void checkChallenge(OcraSuite suite, String challenge) {
        int max = suite.maxChallengeLength();
        if (challenge.isEmpty() || challenge.length() > max) {
            throw new IllegalArgumentException("challenge must be 1 to " + max + " characters for suite "
                    + suite + ", was " + challenge.length());
        }
        ChallengeFormat format = suite.challengeFormat();
        for (int i = 0; i < challenge.length(); i++) {
            if (!format.accepts(challenge.charAt(i))) {
                throw new IllegalArgumentException("challenge must be " + format.describe() + " for suite " + suite);
            }
        }
    }

    /** Hex digits to bytes; an odd count gets a trailing 0 nibble (the digits stay left-aligned). */
    private static byte[] hexLeftAligned(String hex) {
        return HexFormat.of().parseHex(hex.length() % 2 == 0 ? hex : hex + "0");
    }

    private static void requirePresence(OcraSuite suite, boolean required, boolean given, String what) {
        if (required && !given) {
            throw new IllegalArgumentException("suite " + suite + " requires " + what + ", none was given");
        }
        if (!required && given) {
            throw new IllegalArgumentException("suite " + suite + " takes no " + what.replaceFirst("^an? ", "")
                    + ", but one was given");
        }
    }
}
