package dev.sls.core.condition;

import dev.sls.core.factory.SlsConditionFactory;
import java.util.List;
import org.keycloak.authentication.authenticators.conditional.ConditionalAuthenticator;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

public final class DeviceConditionFactory extends SlsConditionFactory {

    public static final String PROVIDER_ID = "sls-condition-device";

    private static final List<ProviderConfigProperty> PROPERTIES = ProviderConfigurationBuilder.create()
            .property().name(DeviceCondition.CREDENTIAL_TYPE).label("Credential type")
            .type(ProviderConfigProperty.STRING_TYPE).defaultValue("sls-ib-key")
            .helpText("Matches users who have a credential of this type, e.g. sls-ib-key or sls-code-card.").add()
            .property().name(DeviceCondition.REQUIRED_ACTION).label("Or pending required action")
            .type(ProviderConfigProperty.STRING_TYPE)
            .helpText("Also matches users asked to run this required action, e.g. sls-ibkey-activate.").add()
            .property().name(DeviceCondition.NEGATE).label("Negate").type(ProviderConfigProperty.BOOLEAN_TYPE)
            .defaultValue("false").helpText("Match users who have neither.").add()
            .build();

    public DeviceConditionFactory() {
        super(PROVIDER_ID, "SLS Condition - user has device",
                "Runs the sub-flow only for users who have (or are setting up) a given second-factor device.",
                PROPERTIES);
    }

    @Override
    public ConditionalAuthenticator getSingleton() {
        return DeviceCondition.SINGLETON;
    }
}
