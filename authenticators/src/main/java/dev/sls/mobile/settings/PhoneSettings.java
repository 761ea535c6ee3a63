package dev.sls.mobile.settings;

import dev.sls.core.config.IntSetting;
import dev.sls.mobile.device.NumberDevice;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RequiredActionConfigModel;

/**
 * A realm's mobile-number settings, read from the config of the required action "Verify mobile number"
 * ({@value #ACTION}): the one place for the sender and its credentials, the number policy, code lifetime and the
 * abuse limits, shared by number verification, SMS login and IB Key activation. Out-of-range numbers fall back to
 * their defaults here; {@link PhoneSettingsCheck} refuses them when an admin saves the config.
 */
public record PhoneSettings(String sender, String defaultRegion, boolean refuseVoip, Set<String> refusedRegions,
                            int codeLifetimeSeconds, SendLimitsConfig limits, Map<String, String> raw) {

    /** Alias (and provider id) of the required action whose config holds the settings. */
    public static final String ACTION = NumberDevice.VERIFY_ACTION;
    /** Realm attribute that marks a demo or development realm (the only kind where the {@code log} sender works). */
    public static final String DEMO_REALM_ATTRIBUTE = "sls.demo-realm";

    public static final String SENDER = "sls.phone.sender";
    public static final String DEFAULT_REGION = "sls.phone.default-country";
    public static final String REFUSE_VOIP = "sls.phone.refuse-voip";
    public static final String REFUSED_REGIONS = "sls.phone.refused-countries";
    public static final IntSetting CODE_LIFETIME = new IntSetting("sls.phone.code-lifetime", "Code lifetime (seconds)",
            "How long a code sent by SMS or voice can be used. A code is used once.", 10, 600, 300);
    public static final String DEFAULT_SENDER = "twilio";

    public static PhoneSettings of(RealmModel realm) {
        RequiredActionConfigModel model = realm.getRequiredActionConfigByAlias(ACTION);
        return from(model == null || model.getConfig() == null ? Map.of() : model.getConfig());
    }

    public static PhoneSettings from(Map<String, String> config) {
        Map<String, String> raw = new HashMap<>();
        config.forEach((key, value) -> {
            if (key != null && value != null) {
                raw.put(key, value);
            }
        });
        String sender = raw.getOrDefault(SENDER, "").trim();
        String region = raw.getOrDefault(DEFAULT_REGION, "").trim().toUpperCase(Locale.ROOT);
        return new PhoneSettings(sender.isEmpty() ? DEFAULT_SENDER : sender, region.isEmpty() ? null : region,
                !"false".equalsIgnoreCase(raw.getOrDefault(REFUSE_VOIP, "true").trim()),
                regions(raw.get(REFUSED_REGIONS)),
                CODE_LIFETIME.read(raw),
                SendLimitsConfig.from(raw), Map.copyOf(raw));
    }

    /** ISO 3166 region codes from a comma- or space-separated list, upper case. */
    public static Set<String> regions(String list) {
        if (list == null || list.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(list.split("[,\\s]+")).map(String::trim).filter(s -> !s.isEmpty())
                .map(s -> s.toUpperCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    public static boolean isDemoRealm(RealmModel realm) {
        return Boolean.parseBoolean(realm.getAttribute(DEMO_REALM_ATTRIBUTE));
    }

    /** How long a code stays valid (pages and texts say it with {@code LocalFormats.lifetime}). */
    public Duration codeLifetime() {
        return Duration.ofSeconds(codeLifetimeSeconds);
    }

    @Override
    public String toString() {
        return "PhoneSettings[sender=" + sender + ", defaultRegion=" + defaultRegion + ", refuseVoip=" + refuseVoip
                + ", refusedRegions=" + refusedRegions + ", codeLifetime=" + codeLifetimeSeconds + ", " + limits + "]";
    }
}
