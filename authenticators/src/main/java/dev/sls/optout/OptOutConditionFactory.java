package dev.sls.optout;

import dev.sls.core.condition.DeviceCondition;
import dev.sls.core.factory.SlsConditionFactory;
import java.util.List;
import org.keycloak.authentication.authenticators.conditional.ConditionalAuthenticator;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

public final class OptOutConditionFactory extends SlsConditionFactory {

    public static final String PROVIDER_ID = "sls-condition-opted-out";

    private static final List<ProviderConfigProperty> PROPERTIES = ProviderConfigurationBuilder.create()
            .property().name(DeviceCondition.NEGATE).label("Negate").type(ProviderConfigProperty.BOOLEAN_TYPE)
            .defaultValue("false").helpText("Match logins that need the device (put it in every device sub-flow).")
            .add().build();

    public OptOutConditionFactory() {
        super(PROVIDER_ID, "SLS Condition - Secure Login not required",
                "Matches logins of opted-out users to trading clients (client attribute sls.trading-client) that ask"
                        + " for no level, no action and no withdrawal; negated, every other login.",
                PROPERTIES);
    }

    @Override
    public ConditionalAuthenticator getSingleton() {
        return OptOutCondition.SINGLETON;
    }
}
