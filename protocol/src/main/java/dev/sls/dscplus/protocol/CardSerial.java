package dev.sls.dscplus.protocol;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The serial printed on the back of a card, in one canonical form: upper-case letters and digits, 4 to 32 of them.
 * Spaces and dashes people type between groups are dropped, so "dsc 0001-2345" and "DSC00012345" are one card.
 */
public final class CardSerial {

    public static final int MIN_LENGTH = 4;
    public static final int MAX_LENGTH = 32;
    private static final Pattern CANONICAL = Pattern.compile("[A-Z0-9]{" + MIN_LENGTH + "," + MAX_LENGTH + "}");
    private static final int MAX_TYPED_LENGTH = 64;

    private CardSerial() {
    }

    /** The canonical form, or empty when {@code typed} is not a serial. */
    public static Optional<String> canonical(String typed) {
        if (typed == null || typed.length() > MAX_TYPED_LENGTH) {
            return Optional.empty();
        }
        String canonical = typed.strip().replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return CANONICAL.matcher(canonical).matches() ? Optional.of(canonical) : Optional.empty();
    }
}
