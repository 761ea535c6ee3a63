package dev.sls.chooser;

import java.util.List;
import java.util.Map;
import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/**
 * Typed settings of the device chooser.
 *
 * @param setupAction the required action that gives a device to a person who has none yet (e.g. the code card's
 *                    issuance), or empty: then such a person is told which device is needed
 */
public record ChooserConfig(String setupAction) {

    public static final String SETUP_ACTION = "sls.chooser.setup-action";

    public static final List<ProviderConfigProperty> PROPERTIES = ProviderConfigurationBuilder.create()
            .property().name(SETUP_ACTION).label("Set-up action for people without a device")
            .helpText("Required action that gives a device to a person who has none of the devices of this sub-flow"
                    + " (e.g. sls-code-card-issue). A device being set up already (an activation pending) is used"
                    + " instead. Leave empty in step-up sub-flows: a person without a good-enough device is then told"
                    + " which device is needed.")
            .type(ProviderConfigProperty.STRING_TYPE).add()
            .build();

    public static ChooserConfig from(AuthenticatorConfigModel model) {
        Map<String, String> config = model == null || model.getConfig() == null ? Map.of() : model.getConfig();
        String action = config.getOrDefault(SETUP_ACTION, "");
        return new ChooserConfig(action == null ? "" : action.strip());
    }
}
