package dev.sls.mobile.settings;

import dev.sls.core.gateway.SettingException;
import dev.sls.mobile.number.PhoneNumberParser;
import dev.sls.mobile.send.twilio.TwilioMessageSenderFactory;
import dev.sls.mobile.send.twilio.TwilioSettings;
import java.util.Locale;
import java.util.Map;
import org.keycloak.models.RequiredActionConfigModel;
import org.keycloak.userprofile.ValidationException;
import org.keycloak.validate.ValidationError;

/** Refuses a phone-settings config when an admin saves it, naming the setting; nothing is saved then. */
public final class PhoneSettingsCheck {

    private PhoneSettingsCheck() {
    }

    public static void validate(String actionId, RequiredActionConfigModel model) {
        Map<String, String> raw = model.getConfig() == null ? Map.of() : model.getConfig();
        PhoneSettings.CODE_LIFETIME.validate(actionId, raw);
        SendLimitsConfig.SETTINGS.forEach(setting -> setting.validate(actionId, raw));
        String region = raw.get(PhoneSettings.DEFAULT_REGION);
        if (region != null && !region.isBlank() && !PhoneNumberParser.regions().contains(region.trim().toUpperCase(Locale.ROOT))) {
            throw invalid(actionId, PhoneSettings.DEFAULT_REGION, "is not an ISO 3166 country code such as JP");
        }
        for (String refused : PhoneSettings.regions(raw.get(PhoneSettings.REFUSED_REGIONS))) {
            if (!PhoneNumberParser.regions().contains(refused)) {
                throw invalid(actionId, PhoneSettings.REFUSED_REGIONS, refused + " is not an ISO 3166 country code");
            }
        }
        String secret = raw.get(TwilioSettings.SECRET);
        try {
            if (secret != null && !secret.isBlank()) {
                TwilioSettings.secretReference(secret);
            }
            if (TwilioMessageSenderFactory.ID.equals(PhoneSettings.from(raw).sender())
                    && raw.get(TwilioSettings.ACCOUNT_SID) != null && !raw.get(TwilioSettings.ACCOUNT_SID).isBlank()) {
                TwilioSettings.from(raw);
            }
        } catch (SettingException e) {
            throw invalid(actionId, e.key(), e.problem());
        }
    }

    private static ValidationException invalid(String actionId, String key, String problem) {
        return new ValidationException(new ValidationError(actionId, key, key + " " + problem));
    }
}
