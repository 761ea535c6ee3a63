package dev.sls.dscplus.activation;

import dev.sls.core.config.BoundedInt;
import java.util.List;
import org.keycloak.models.RequiredActionConfigModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;
import org.keycloak.userprofile.ValidationException;
import org.keycloak.validate.ValidationError;

/** Typed settings of DSC+ activation, read from the required action's config (validated when saved). */
public record DscPlusActivationConfig(boolean selfAssignment, int challengeLifetimeSeconds, boolean referenceCardHints) {

    /** Realm policy: may a person activate a card in stock that nobody assigned to them? */
    public static final String SELF_ASSIGNMENT = "sls.dscplus.self-assignment";
    public static final String CHALLENGE_LIFETIME = "sls.dscplus.activation-challenge-lifetime";
    public static final String REFERENCE_CARD_HINTS = "sls.dscplus.reference-card-hints";
    public static final DscPlusActivationConfig DEFAULT = new DscPlusActivationConfig(false, 300, false);
    private static final int MIN_LIFETIME = 30;
    private static final int MAX_LIFETIME = 1800;

    public static List<ProviderConfigProperty> properties() {
        return ProviderConfigurationBuilder.create()
                .property().name(SELF_ASSIGNMENT).label("Allow self-assignment")
                .helpText("Let a person activate a card from stock that no admin assigned to them (for example one"
                        + " handed out at a branch). Off: only cards assigned to the person can be activated.")
                .type(ProviderConfigProperty.BOOLEAN_TYPE).defaultValue("false").add()
                .property().name(CHALLENGE_LIFETIME).label("Challenge lifetime (seconds)")
                .helpText("How long the activation challenge stays valid (30-1800).")
                .type(ProviderConfigProperty.STRING_TYPE).defaultValue(String.valueOf(DEFAULT.challengeLifetimeSeconds()))
                .add()
                .property().name(REFERENCE_CARD_HINTS).label("Show reference-card commands")
                .helpText("Also print the command of the pack's DSC+ simulator (demo and test realms only).")
                .type(ProviderConfigProperty.BOOLEAN_TYPE).defaultValue("false").add()
                .build();
    }

    public static DscPlusActivationConfig from(RequiredActionConfigModel model) {
        if (model == null) {
            return DEFAULT;
        }
        Integer lifetime = BoundedInt.parse(model.getConfigValue(CHALLENGE_LIFETIME), MIN_LIFETIME, MAX_LIFETIME);
        return new DscPlusActivationConfig(Boolean.parseBoolean(model.getConfigValue(SELF_ASSIGNMENT)),
                lifetime == null ? DEFAULT.challengeLifetimeSeconds() : lifetime,
                Boolean.parseBoolean(model.getConfigValue(REFERENCE_CARD_HINTS)));
    }

    public static void validate(String actionId, RequiredActionConfigModel model) {
        String raw = model.getConfigValue(CHALLENGE_LIFETIME);
        if (raw != null && !raw.isBlank() && BoundedInt.parse(raw, MIN_LIFETIME, MAX_LIFETIME) == null) {
            throw new ValidationException(new ValidationError(actionId, CHALLENGE_LIFETIME,
                    "error-number-out-of-range", MIN_LIFETIME, MAX_LIFETIME));
        }
    }
}
