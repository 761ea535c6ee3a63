package dev.sls.mobile.settings;

import dev.sls.core.config.IntSetting;
import dev.sls.mobile.send.twilio.TwilioSettings;
import java.util.ArrayList;
import java.util.List;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/** The phone settings as the admin console lists them under the "Verify mobile number" required action. */
public final class PhoneSettingsProperties {

    private PhoneSettingsProperties() {
    }

    public static List<ProviderConfigProperty> all() {
        ProviderConfigurationBuilder builder = ProviderConfigurationBuilder.create()
                .property().name(PhoneSettings.SENDER).label("Message sender").type(ProviderConfigProperty.STRING_TYPE)
                .defaultValue(PhoneSettings.DEFAULT_SENDER)
                .helpText("How codes reach phones: twilio, or log (prints codes to the server log, only in realms with"
                        + " the attribute " + PhoneSettings.DEMO_REALM_ATTRIBUTE + "=true), or the id of another"
                        + " installed sls-message-sender.").add()
                .property().name(PhoneSettings.DEFAULT_REGION).label("Default country")
                .type(ProviderConfigProperty.STRING_TYPE)
                .helpText("ISO 3166 code of the country the number form starts on (e.g. JP); empty: the country of"
                        + " the person's language.").add()
                .property().name(PhoneSettings.REFUSE_VOIP).label("Refuse VOIP / virtual numbers")
                .type(ProviderConfigProperty.BOOLEAN_TYPE).defaultValue("true")
                .helpText("Refuse numbers the numbering plan (and Twilio Lookup, when on) calls VOIP.").add()
                .property().name(PhoneSettings.REFUSED_REGIONS).label("Refused countries")
                .type(ProviderConfigProperty.STRING_TYPE)
                .helpText("ISO 3166 codes, comma-separated, whose numbers are not accepted.").add()
                .property(PhoneSettings.CODE_LIFETIME.property());
        for (IntSetting setting : SendLimitsConfig.SETTINGS) {
            builder.property(setting.property());
        }
        List<ProviderConfigProperty> all = new ArrayList<>(builder.build());
        all.addAll(TwilioSettings.PROPERTIES);
        return List.copyOf(all);
    }
}
