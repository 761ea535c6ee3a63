package dev.sls.ibkey.activation;

import dev.sls.core.config.IntSetting;
import java.util.List;
import org.keycloak.models.RequiredActionConfigModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/** Typed settings of IB Key activation, read from the required action's config (validated when saved). */
public record IbKeyActivationConfig(int codeLifetimeSeconds, boolean referenceAppHints) {

    public static final IntSetting CODE_LIFETIME = new IntSetting("sls.ibkey.activation-code-lifetime",
            "Activation code lifetime (seconds)", "How long the QR code and the activation code under it can be used."
                    + " An expired code is replaced on screen by a fresh one.", 10, 1800, 300);
    public static final String REFERENCE_APP_HINTS = "sls.ibkey.reference-app-hints";
    public static final IbKeyActivationConfig DEFAULT = new IbKeyActivationConfig(CODE_LIFETIME.fallback(), false);

    public static List<ProviderConfigProperty> properties() {
        return ProviderConfigurationBuilder.create()
                .property(CODE_LIFETIME.property())
                .property().name(REFERENCE_APP_HINTS).label("Show reference-app commands")
                .helpText("Also show the command that activates the pack's reference phone app (demo and test realms).")
                .type(ProviderConfigProperty.BOOLEAN_TYPE).defaultValue("false").add()
                .build();
    }

    public static IbKeyActivationConfig from(RequiredActionConfigModel model) {
        if (model == null) {
            return DEFAULT;
        }
        return new IbKeyActivationConfig(CODE_LIFETIME.read(model.getConfig()),
                Boolean.parseBoolean(model.getConfigValue(REFERENCE_APP_HINTS)));
    }

    public static void validate(String actionId, RequiredActionConfigModel model) {
        CODE_LIFETIME.validate(actionId, model.getConfig());
    }
}
