package dev.sls.ibkey.activation;

import dev.sls.core.config.BoundedInt;
import java.util.List;
import org.keycloak.models.RequiredActionConfigModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;
import org.keycloak.userprofile.ValidationException;
import org.keycloak.validate.ValidationError;

/** Typed settings of IB Key activation, read from the required action's config (validated when saved). */
public record IbKeyActivationConfig(int codeLifetimeSeconds, boolean referenceAppHints) {

    public static final String CODE_LIFETIME = "sls.ibkey.activation-code-lifetime";
    public static final int MIN_LIFETIME = 10;
    public static final int MAX_LIFETIME = 1800;
    public static final String REFERENCE_APP_HINTS = "sls.ibkey.reference-app-hints";
    public static final IbKeyActivationConfig DEFAULT = new IbKeyActivationConfig(300, false);

    public static List<ProviderConfigProperty> properties() {
        return ProviderConfigurationBuilder.create()
                .property().name(CODE_LIFETIME).label("Activation code lifetime (seconds)")
                .helpText("How long the QR code and the activation code under it can be used (10-1800). An expired"
                        + " code is replaced on screen by a fresh one.")
                .type(ProviderConfigProperty.STRING_TYPE).defaultValue(String.valueOf(DEFAULT.codeLifetimeSeconds()))
                .add()
                .property().name(REFERENCE_APP_HINTS).label("Show reference-app commands")
                .helpText("Also show the command that activates the pack's reference phone app (demo and test realms).")
                .type(ProviderConfigProperty.BOOLEAN_TYPE).defaultValue("false").add()
                .build();
    }

    public static IbKeyActivationConfig from(RequiredActionConfigModel model) {
        if (model == null) {
            return DEFAULT;
        }
        Integer lifetime = BoundedInt.parse(model.getConfigValue(CODE_LIFETIME), MIN_LIFETIME, MAX_LIFETIME);
        return new IbKeyActivationConfig(lifetime == null ? DEFAULT.codeLifetimeSeconds() : lifetime,
                Boolean.parseBoolean(model.getConfigValue(REFERENCE_APP_HINTS)));
    }

    public static void validate(String actionId, RequiredActionConfigModel model) {
        String raw = model.getConfigValue(CODE_LIFETIME);
        if (raw != null && !raw.isBlank() && BoundedInt.parse(raw, MIN_LIFETIME, MAX_LIFETIME) == null) {
            throw new ValidationException(new ValidationError(actionId, CODE_LIFETIME, "error-number-out-of-range",
                    MIN_LIFETIME, MAX_LIFETIME));
        }
    }
}
