package dev.sls.core.config;

import java.util.Map;
import org.jboss.logging.Logger;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.userprofile.ValidationException;
import org.keycloak.validate.ValidationError;

/**
 * One whole-number setting of a step, action or sender, stated once: its key, how the admin console shows it, its
 * range and its default. The console's help text, the reader and the validation all take the range from here.
 *
 * @param help what the setting does, without the range (appended by {@link #property()})
 */
public record IntSetting(String key, String label, String help, int min, int max, int fallback) {

    private static final Logger LOG = Logger.getLogger(IntSetting.class);

    public IntSetting {
        if (min > max || fallback < min || fallback > max) {
            throw new IllegalArgumentException(key + ": default " + fallback + " outside " + min + "-" + max);
        }
    }

    /** The admin console's field: the help text ends with the range. */
    public ProviderConfigProperty property() {
        return new ProviderConfigProperty(key, label, help + " (" + min + "-" + max + ")",
                ProviderConfigProperty.STRING_TYPE, String.valueOf(fallback));
    }

    /** The value in range, or null when {@code raw} is blank, not a whole number, or outside the range. */
    public Integer parse(String raw) {
        return BoundedInt.parse(raw, min, max);
    }

    /**
     * For configs Keycloak saves without a validation hook (authenticator configs): a bad value is logged and the
     * default used.
     */
    public int read(Map<String, String> config) {
        String raw = config == null ? null : config.get(key);
        Integer value = parse(raw);
        if (value != null) {
            return value;
        }
        if (raw != null && !raw.isBlank()) {
            LOG.warnf("Setting %s=%s is not a whole number in %d-%d; using %d", key, raw, min, max, fallback);
        }
        return fallback;
    }

    /** For required-action configs, which Keycloak validates when saved: a value out of range names this setting. */
    public void validate(String actionId, Map<String, String> config) {
        String raw = config == null ? null : config.get(key);
        if (raw != null && !raw.isBlank() && parse(raw) == null) {
            throw new ValidationException(new ValidationError(actionId, key, "error-number-out-of-range", min, max));
        }
    }
}
