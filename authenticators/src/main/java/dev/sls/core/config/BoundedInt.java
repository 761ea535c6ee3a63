package dev.sls.core.config;

import java.util.Map;
import org.jboss.logging.Logger;

/** The one way SLS configs read a whole number that must lie in a range. */
public final class BoundedInt {

    private static final Logger LOG = Logger.getLogger(BoundedInt.class);

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

    /**
     * For authenticator configs, which Keycloak saves without a validation hook: a bad value is logged and the
     * default used.
     */
    public static int readOrDefault(Map<String, String> config, String key, int min, int max, int fallback) {
        String raw = config.get(key);
        Integer value = parse(raw, min, max);
        if (value != null) {
            return value;
        }
        if (raw != null && !raw.isBlank()) {
            LOG.warnf("Authenticator config %s=%s is not a number in %d-%d; using %d", key, raw, min, max, fallback);
        }
        return fallback;
    }
}
