package dev.sls.dscplus.login;

import dev.sls.core.config.BoundedInt;
import java.util.List;
import java.util.Map;
import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/** Typed settings of the DSC+ login step, read from its authenticator config. */
public record DscPlusLoginConfig(int challengeLifetimeSeconds, boolean referenceCardHints) {

    public static final String CHALLENGE_LIFETIME = "sls.dscplus.challenge-lifetime";
    public static final String REFERENCE_CARD_HINTS = "sls.dscplus.reference-card-hints";
    public static final DscPlusLoginConfig DEFAULT = new DscPlusLoginConfig(180, false);

    public static final List<ProviderConfigProperty> PROPERTIES = ProviderConfigurationBuilder.create()
            .property().name(CHALLENGE_LIFETIME).label("Challenge lifetime (seconds)")
            .helpText("How long the 6-digit challenge stays valid (30-900). Each challenge is answered once; an"
                    + " expired one is replaced and the person starts over.")
            .type(ProviderConfigProperty.STRING_TYPE).defaultValue(String.valueOf(DEFAULT.challengeLifetimeSeconds())).add()
            .property().name(REFERENCE_CARD_HINTS).label("Show reference-card commands")
            .helpText("Also print the command of the pack's DSC+ simulator (demo and test realms only).")
            .type(ProviderConfigProperty.BOOLEAN_TYPE).defaultValue("false").add()
            .build();

    public static DscPlusLoginConfig from(AuthenticatorConfigModel model) {
        Map<String, String> config = model == null || model.getConfig() == null ? Map.of() : model.getConfig();
        return new DscPlusLoginConfig(
                BoundedInt.readOrDefault(config, CHALLENGE_LIFETIME, 30, 900, DEFAULT.challengeLifetimeSeconds()),
                Boolean.parseBoolean(config.get(REFERENCE_CARD_HINTS)));
    }
}
