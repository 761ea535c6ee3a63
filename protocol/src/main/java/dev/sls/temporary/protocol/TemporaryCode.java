package dev.sls.temporary.protocol;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * The helpdesk's temporary code: 12 characters of Crockford's Base32 (60 bits), shown as {@code XXXX-XXXX-XXXX}.
 * What people type is read back leniently: any case, spaces and dashes, O for 0 and I or L for 1.
 */
public final class TemporaryCode {

    public static final int LENGTH = 12;
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int MAX_TYPED = 40;

    private TemporaryCode() {
    }

    public static String generate(SecureRandom random) {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** {@code XXXX-XXXX-XXXX}. */
    public static String display(String code) {
        return code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8);
    }

    /** The canonical code for what was typed, or empty if it cannot be one. */
    public static Optional<String> normalise(String typed) {
        if (typed == null || typed.length() > MAX_TYPED) {
            return Optional.empty();
        }
        String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT)
                .replace('O', '0').replace('I', '1').replace('L', '1');
        if (code.length() != LENGTH || !code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(code);
    }
}
