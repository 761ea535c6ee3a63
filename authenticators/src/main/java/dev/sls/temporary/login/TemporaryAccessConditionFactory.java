package dev.sls.temporary.login;

import dev.sls.core.factory.SlsConditionFactory;
import org.keycloak.authentication.authenticators.conditional.ConditionalAuthenticator;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

public final class TemporaryAccessConditionFactory extends SlsConditionFactory {

    public static final String PROVIDER_ID = "sls-condition-temporary-access";

    public TemporaryAccessConditionFactory() {
        super(PROVIDER_ID, "SLS Condition - user has temporary access",
                "Runs the sub-flow only for users whose helpdesk temporary access still works (or, negated, only for"
                        + " the others).",
                ProviderConfigurationBuilder.create().property().name(TemporaryAccessCondition.NEGATE).label("Negate")
                        .type(ProviderConfigProperty.BOOLEAN_TYPE).defaultValue("false")
                        .helpText("Match users without working temporary access.").add().build());
    }

    @Override
    public ConditionalAuthenticator getSingleton() {
        return TemporaryAccessCondition.SINGLETON;
    }
}
