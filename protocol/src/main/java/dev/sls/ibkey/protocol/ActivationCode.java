package dev.sls.ibkey.protocol;

import java.security.SecureRandom;
import java.util.Optional;

/**
 * The short code printed under an activation QR code, for people whose camera cannot scan: ten
 * Crockford base-32 symbols (50 random bits) and one check symbol, shown as {@code XXXX-XXXX-XX-C}.
 * Crockford's alphabet has no I, L, O or U, and reading is lenient the way the scheme intends
 * (case-insensitive, O read as 0, I and L as 1, spaces and dashes ignored), so a code copied by hand
 * still works. The check symbol is the value mod 29 (a prime, so that 32 and 31 are invertible): it
 * catches a mistyped symbol and two swapped neighbours, except the rare pairs 29 apart, before any
 * lookup. (Crockford's own mod-37 check needs the non-alphanumeric symbols {@code *~$=}.)
 */
public final class ActivationCode {

    public static final int SYMBOLS = 10;
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int CHECK_MODULUS = 29;

    private final String symbols;

    private ActivationCode(String symbols) {
        this.symbols = symbols;
    }

    public static ActivationCode random(SecureRandom random) {
        StringBuilder symbols = new StringBuilder(SYMBOLS);
        for (int i = 0; i < SYMBOLS; i++) {
            symbols.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new ActivationCode(symbols.toString());
    }

    /** Why a typed code cannot be an activation code. */
    public enum Problem {
        /** Not ten symbols plus the check symbol (dashes and spaces aside). */
        WRONG_LENGTH,
        /** A character that no activation code has. */
        BAD_CHARACTER,
        /** Well formed, but the check symbol does not match: a symbol was mistyped or two were swapped. */
        CHECK_SYMBOL_MISMATCH
    }

    /** Reads a typed or scanned code; empty if it is malformed or its check symbol does not match. */
    public static Optional<ActivationCode> parse(String typed) {
        return problem(typed).isPresent() ? Optional.empty() : Optional.of(new ActivationCode(normalise(typed)
                .substring(0, SYMBOLS)));
    }

    /** What is wrong with a typed code, or empty when it is a well-formed code. */
    public static Optional<Problem> problem(String typed) {
        if (typed == null || typed.length() > 64) {
            return Optional.of(Problem.WRONG_LENGTH);
        }
        String normal = normalise(typed);
        for (int i = 0; i < normal.length(); i++) {
            if (ALPHABET.indexOf(normal.charAt(i)) < 0) {
                return Optional.of(Problem.BAD_CHARACTER);
            }
        }
        if (normal.length() != SYMBOLS + 1) {
            return Optional.of(Problem.WRONG_LENGTH);
        }
        return normal.charAt(SYMBOLS) == checkSymbol(normal.substring(0, SYMBOLS))
                ? Optional.empty() : Optional.of(Problem.CHECK_SYMBOL_MISMATCH);
    }

    private static String normalise(String typed) {
        StringBuilder normal = new StringBuilder(SYMBOLS + 1);
        for (int i = 0; i < typed.length(); i++) {
            char c = Character.toUpperCase(typed.charAt(i));
            if (c == '-' || c == ' ') {
                continue;
            }
            normal.append(c == 'O' ? '0' : c == 'I' || c == 'L' ? '1' : c);
        }
        return normal.toString();
    }

    /** The canonical form, used as the lookup key: ten symbols then the check symbol, no dashes. */
    public String canonical() {
        return symbols + checkSymbol(symbols);
    }

    /** How the code is shown to a person: {@code XXXX-XXXX-XX-C}. */
    public String display() {
        return symbols.substring(0, 4) + "-" + symbols.substring(4, 8) + "-" + symbols.substring(8) + "-"
                + checkSymbol(symbols);
    }

    static char checkSymbol(String symbols) {
        long value = 0;
        for (int i = 0; i < symbols.length(); i++) {
            value = value * 32 + ALPHABET.indexOf(symbols.charAt(i));
        }
        return ALPHABET.charAt((int) (value % CHECK_MODULUS));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ActivationCode other && symbols.equals(other.symbols);
    }

    @Override
    public int hashCode() {
        return symbols.hashCode();
    }

    /** Does not print the code: it is a bearer secret until used. */
    @Override
    public String toString() {
        return "ActivationCode[****]";
    }
}
