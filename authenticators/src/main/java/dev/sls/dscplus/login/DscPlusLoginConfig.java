package dev.sls.dscplus.login;

import dev.sls.core.config.IntSetting;
import java.util.List;
import java.util.Map;
import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/** Typed settings of the DSC+ login step, read from its authenticator config. */
public record DscPlusLoginConfig(int challengeLifetimeSeconds, boolean referenceCardHints) {

    public static final IntSetting CHALLENGE_LIFETIME = new IntSetting("sls.dscplus.challenge-lifetime",
            "Challenge lifetime (seconds)", "How long the 6-digit challenge stays valid. Each challenge is answered"
                    + " once; an expired one is replaced and the person starts over.", 30, 900, 180);
    public static final String REFERENCE_CARD_HINTS = "sls.dscplus.reference-card-hints";
    public static final DscPlusLoginConfig DEFAULT = new DscPlusLoginConfig(CHALLENGE_LIFETIME.fallback(), false);

    public static final List<ProviderConfigProperty> PROPERTIES = ProviderConfigurationBuilder.create()
            .property(CHALLENGE_LIFETIME.property())
            .property().name(REFERENCE_CARD_HINTS).label("Show reference-card commands")
            .helpText("Also print the command of the pack's DSC+ simulator (demo and test realms only).")
            .type(ProviderConfigProperty.BOOLEAN_TYPE).defaultValue("false").add()
            .build();

    public static DscPlusLoginConfig from(AuthenticatorConfigModel model) {
        Map<String, String> config = model == null || model.getConfig() == null ? Map.of() : model.getConfig();
        return new DscPlusLoginConfig(CHALLENGE_LIFETIME.read(config),
                Boolean.parseBoolean(config.get(REFERENCE_CARD_HINTS)));
    }
}
