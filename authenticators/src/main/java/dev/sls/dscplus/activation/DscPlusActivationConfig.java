package dev.sls.dscplus.activation;

import dev.sls.core.config.IntSetting;
import java.util.List;
import org.keycloak.models.RequiredActionConfigModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/** Typed settings of DSC+ activation, read from the required action's config (validated when saved). */
public record DscPlusActivationConfig(boolean selfAssignment, int challengeLifetimeSeconds, boolean referenceCardHints) {

    /** Realm policy: may a person activate a card in stock that nobody assigned to them? */
    public static final String SELF_ASSIGNMENT = "sls.dscplus.self-assignment";
    public static final IntSetting CHALLENGE_LIFETIME = new IntSetting("sls.dscplus.activation-challenge-lifetime",
            "Challenge lifetime (seconds)", "How long the activation challenge stays valid.", 30, 1800, 300);
    public static final String REFERENCE_CARD_HINTS = "sls.dscplus.reference-card-hints";
    public static final DscPlusActivationConfig DEFAULT =
            new DscPlusActivationConfig(false, CHALLENGE_LIFETIME.fallback(), false);

    public static List<ProviderConfigProperty> properties() {
        return ProviderConfigurationBuilder.create()
                .property().name(SELF_ASSIGNMENT).label("Allow self-assignment")
                .helpText("Let a person activate a card from stock that no admin assigned to them (for example one"
                        + " handed out at a branch). Off: only cards assigned to the person can be activated.")
                .type(ProviderConfigProperty.BOOLEAN_TYPE).defaultValue("false").add()
                .property(CHALLENGE_LIFETIME.property())
                .property().name(REFERENCE_CARD_HINTS).label("Show reference-card commands")
                .helpText("Also print the command of the pack's DSC+ simulator (demo and test realms only).")
                .type(ProviderConfigProperty.BOOLEAN_TYPE).defaultValue("false").add()
                .build();
    }

    public static DscPlusActivationConfig from(RequiredActionConfigModel model) {
        if (model == null) {
            return DEFAULT;
        }
        return new DscPlusActivationConfig(Boolean.parseBoolean(model.getConfigValue(SELF_ASSIGNMENT)),
                CHALLENGE_LIFETIME.read(model.getConfig()),
                Boolean.parseBoolean(model.getConfigValue(REFERENCE_CARD_HINTS)));
    }

    public static void validate(String actionId, RequiredActionConfigModel model) {
        CHALLENGE_LIFETIME.validate(actionId, model.getConfig());
    }
}
