package dev.sls.core.ocra;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An OCRA suite (RFC 6287 §6), {@code Algorithm:CryptoFunction:DataInput}, for example
 * {@code OCRA-1:HOTP-SHA256-8:C-QN08-PSHA1}.
 *
 * <p>Parsing is strict: only the canonical spelling is accepted (upper case, no leading zeros in the
 * digits or time step, DataInput parts in the order {@code [C-]QFxx[-PH][-Snnn][-TG]}). The suite
 * string itself is hashed into every response, so two spellings of "the same" suite would give
 * different responses; accepting only one spelling avoids that trap.
 */
public final class OcraSuite {

    private static final String VERSION = "OCRA-1";
    private static final String DATA_INPUT_FORM = "[C-]QFxx[-PH][-Snnn][-TG]";
    private static final Pattern DIGITS = Pattern.compile("0|[4-9]|10");
    private static final Pattern QUESTION = Pattern.compile("Q([ANH])(\\d\\d)");
    private static final Pattern PIN = Pattern.compile("P(\\w+)");
    private static final Pattern SESSION = Pattern.compile("S(\\d{3})");
    private static final Pattern TIME = Pattern.compile("T(\\d{1,2})([SMH])");

    private final String value;
    private final HashAlgorithm hashAlgorithm;
    private final int digits;
    private final boolean counter;
    private final ChallengeFormat challengeFormat;
    private final int maxChallengeLength;
    private final HashAlgorithm pinHashAlgorithm;
    private final int sessionInfoLength;
    private final Duration timeStep;

    private OcraSuite(String value, HashAlgorithm hashAlgorithm, int digits, DataInputSpec spec) {
        this.value = value;
        this.hashAlgorithm = hashAlgorithm;
        this.digits = digits;
        this.counter = spec.counter;
        this.challengeFormat = spec.challengeFormat;
        this.maxChallengeLength = spec.maxChallengeLength;
        this.pinHashAlgorithm = spec.pinHashAlgorithm;
        this.sessionInfoLength = spec.sessionInfoLength;
        this.timeStep = spec.timeStep;
    }

    /**
     * Parses and validates a suite string.
     *
     * @throws IllegalArgumentException if {@code suite} is not a valid, canonical OCRA-1 suite
     */
    public static OcraSuite parse(String suite) {
        if (suite == null || suite.isEmpty()) {
            throw new IllegalArgumentException("OCRA suite must not be empty");
        }
        String[] parts = suite.split(":", -1);
        if (parts.length != 3) {
            throw invalid(suite, "expected Algorithm:CryptoFunction:DataInput");
        }
        if (!VERSION.equals(parts[0])) {
            throw invalid(suite, "unsupported algorithm '" + parts[0] + "', only " + VERSION + " is defined");
        }
        String[] function = parts[1].split("-", -1);
        if (function.length != 3 || !"HOTP".equals(function[0])) {
            throw invalid(suite, "CryptoFunction must be HOTP-H-t, e.g. HOTP-SHA1-6");
        }
        HashAlgorithm hash = HashAlgorithm.fromSuiteName(function[1])
                .orElseThrow(() -> invalid(suite, "unsupported hash '" + function[1] + "', use SHA1, SHA256 or SHA512"));
        if (!DIGITS.matcher(function[2]).matches()) {
            throw invalid(suite, "truncation must be 0 (none) or 4 to 10 digits, was '" + function[2] + "'");
        }
        return new OcraSuite(suite, hash, Integer.parseInt(function[2]), parseDataInput(suite, parts[2]));
    }

    private static DataInputSpec parseDataInput(String suite, String dataInput) {
        String[] tokens = dataInput.split("-", -1);
        DataInputSpec spec = new DataInputSpec();
        int i = 0;
        if (tokens[i].equals("C")) {
            spec.counter = true;
            i++;
        }
        Matcher question = i < tokens.length ? QUESTION.matcher(tokens[i]) : null;
        if (question == null || !question.matches()) {
            throw invalid(suite, "DataInput needs a challenge QFxx (F = A, N or H; xx = 04 to 64), form " + DATA_INPUT_FORM);
        }
        spec.challengeFormat = ChallengeFormat.fromCode(question.group(1).charAt(0)).orElseThrow();
        spec.maxChallengeLength = Integer.parseInt(question.group(2));
        if (spec.maxChallengeLength < 4 || spec.maxChallengeLength > 64) {
            throw invalid(suite, "challenge length must be 04 to 64, was " + question.group(2));
        }
        i++;
        Matcher matcher;
        if (i < tokens.length && (matcher = PIN.matcher(tokens[i])).matches()) {
            String name = matcher.group(1);
            spec.pinHashAlgorithm = HashAlgorithm.fromSuiteName(name)
                    .orElseThrow(() -> invalid(suite, "unsupported PIN hash '" + name + "', use SHA1, SHA256 or SHA512"));
            i++;
        }
        if (i < tokens.length && (matcher = SESSION.matcher(tokens[i])).matches()) {
            spec.sessionInfoLength = Integer.parseInt(matcher.group(1));
            if (spec.sessionInfoLength == 0) {
                throw invalid(suite, "session information length must be 001 to 999 bytes");
            }
            i++;
        }
        if (i < tokens.length && (matcher = TIME.matcher(tokens[i])).matches()) {
            spec.timeStep = timeStep(suite, matcher.group(1), matcher.group(2).charAt(0));
            i++;
        }
        if (i < tokens.length) {
            throw invalid(suite, "unexpected DataInput part '" + tokens[i] + "', form " + DATA_INPUT_FORM);
        }
        return spec;
    }

    private static Duration timeStep(String suite, String digits, char unit) {
        // RFC 6287 table 3 allows [1-59]S, [1-59]M and [0-48]H; 0H is refused: a zero step has no meaning.
        int amount = Integer.parseInt(digits);
        int max = unit == 'H' ? 48 : 59;
        if (digits.startsWith("0") || amount > max) {
            throw invalid(suite, "time step '" + digits + unit + "' out of range, use 1-59S, 1-59M or 1-48H (no leading zero)");
        }
        return switch (unit) {
            case 'S' -> Duration.ofSeconds(amount);
            case 'M' -> Duration.ofMinutes(amount);
            default -> Duration.ofHours(amount);
        };
    }

    private static IllegalArgumentException invalid(String suite, String reason) {
        return new IllegalArgumentException("invalid OCRA suite '" + suite + "': " + reason);
    }

    /** The HMAC hash of the CryptoFunction. */
    public HashAlgorithm hashAlgorithm() {
        return hashAlgorithm;
    }

    /** Digits in a response; 0 means no truncation (the response is the full HMAC in hex). */
    public int digits() {
        return digits;
    }

    /** Whether the DataInput includes a counter C. */
    public boolean usesCounter() {
        return counter;
    }

    public ChallengeFormat challengeFormat() {
        return challengeFormat;
    }

    /** Maximum length of one challenge, in characters of its format. */
    public int maxChallengeLength() {
        return maxChallengeLength;
    }

    /** The hash applied to the PIN, if the DataInput includes one. */
    public Optional<HashAlgorithm> pinHashAlgorithm() {
        return Optional.ofNullable(pinHashAlgorithm);
    }

    /** Length in bytes of the session information, if the DataInput includes it. */
    public OptionalInt sessionInfoLength() {
        return sessionInfoLength == 0 ? OptionalInt.empty() : OptionalInt.of(sessionInfoLength);
    }

    /** The time-step size, if the DataInput includes a timestamp. */
    public Optional<Duration> timeStep() {
        return Optional.ofNullable(timeStep);
    }

    /**
     * The timestamp input T for {@code instant}: whole time steps since the Unix epoch.
     *
     * @throws IllegalStateException if this suite has no timestamp
     */
    public long timeStepsAt(Instant instant) {
        if (timeStep == null) {
            throw new IllegalStateException("suite " + value + " has no timestamp (T)");
        }
        return Math.floorDiv(instant.getEpochSecond(), timeStep.getSeconds());
    }

    /** The canonical suite string, exactly as hashed into the DataInput. */
    @Override
    public String toString() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OcraSuite && ((OcraSuite) other).value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** Mutable scratch for parsing only; never escapes. */
    private static final class DataInputSpec {
        boolean counter;
        ChallengeFormat challengeFormat;
        int maxChallengeLength;
        HashAlgorithm pinHashAlgorithm;
        int sessionInfoLength;
        Duration timeStep;
    }
}
