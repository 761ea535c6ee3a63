package dev.sls.core.config;


/** Parses a whole number that must lie in a range; settings read it through {@link IntSetting}. */
public final class BoundedInt {

    private BoundedInt() {
    }

    /** The value, or null when it is blank, not a whole number, or outside {@code min..max}. */
    public static Integer parse(String raw, int min, int max) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            return value >= min && value <= max ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

}
