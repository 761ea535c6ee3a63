package dev.sls.dscplus.protocol.pskc;

import java.math.BigInteger;
import java.util.Base64;
import java.util.regex.Pattern;

/** The two kinds of value a PSKC file spells out: Base64 binary and whole numbers, both read strictly. */
final class PskcValues {

    private static final Pattern WHITESPACE = Pattern.compile("[ \\t\\r\\n]+");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?[0-9]+");

    private PskcValues() {
    }

    /**
     * Base64 as XML Schema's base64Binary writes it (line breaks and spaces allowed between characters): the
     * padding required and exact, no other characters, unused bits zero; a value that would decode to more than
     * {@code maxBytes} is refused before it is decoded.
     */
    static byte[] base64(String text, String what, int maxBytes) {
        int maxChars = (maxBytes + 2) / 3 * 4;
        if (text.length() > 2 * maxChars + 256) {
            throw new PskcException(what + " is too long (at most " + maxBytes + " bytes are read)");
        }
        String compact = WHITESPACE.matcher(text).replaceAll("");
        if (compact.length() > maxChars) {
            throw new PskcException(what + " is too long (at most " + maxBytes + " bytes are read)");
        }
        if (compact.length() % 4 != 0) {
            throw new PskcException(what + " is not valid Base64: " + compact.length()
                    + " characters, not a multiple of 4 (truncated or padding missing)");
        }
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(compact);
        } catch (IllegalArgumentException e) {
            throw new PskcException(what + " is not valid Base64: a character outside the Base64 alphabet, or '='"
                    + " before the end");
        }
        if (!Base64.getEncoder().encodeToString(decoded).equals(compact)) {
            throw new PskcException(what + " is not valid Base64: bad padding");
        }
        return decoded;
    }

    /** A whole number from {@code min} to {@code max}; a bigger one is "out of range", not "not a number". */
    static long number(String text, String what, long min, long max) {
        if (!WHOLE_NUMBER.matcher(text).matches()) {
            throw new PskcException(what + " is not a whole number");
        }
        String digits = text.replaceFirst("^[+-]?0*", "");
        BigInteger value = digits.length() > 19 ? null : new BigInteger(text);
        if (value == null || value.compareTo(BigInteger.valueOf(min)) < 0 || value.compareTo(BigInteger.valueOf(max)) > 0) {
            throw new PskcException(what + " is out of range (" + min + " to " + max + ")");
        }
        return value.longValueExact();
    }
}
