package dev.sls.core.ocra;

import java.util.Optional;

/** The format F of an OCRA challenge ("QFxx"). */
public enum ChallengeFormat {
    /** Letters and digits, encoded into the DataInput as their ASCII bytes. */
    ALPHANUMERIC('A'),
    /** Decimal digits, encoded as the hexadecimal form of the number they write. */
    NUMERIC('N'),
    /** Hexadecimal digits, encoded as the bytes they spell. */
    HEXADECIMAL('H');

    private final char code;

    ChallengeFormat(char code) {
        this.code = code;
    }

    /** The letter used in suite strings. */
    public char code() {
        return code;
    }

    /** Whether {@code c} may appear in a challenge of this format. */
    public boolean accepts(char c) {
        boolean digit = c >= '0' && c <= '9';
        return switch (this) {
            case NUMERIC -> digit;
            case HEXADECIMAL -> digit || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
            case ALPHANUMERIC -> digit || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
        };
    }

    /** A human-readable description of the allowed characters, for error messages. */
    String describe() {
        return switch (this) {
            case NUMERIC -> "numeric (digits 0-9)";
            case HEXADECIMAL -> "hexadecimal (0-9, A-F, a-f)";
            case ALPHANUMERIC -> "alphanumeric (A-Z, a-z, 0-9)";
        };
    }

    public static Optional<ChallengeFormat> fromCode(char code) {
        for (ChallengeFormat format : values()) {
            if (format.code == code) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
