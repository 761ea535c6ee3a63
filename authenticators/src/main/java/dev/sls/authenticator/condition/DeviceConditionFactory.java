package dev.sls.authenticator.condition;

import java.util.List;
import org.keycloak.Config;
import org.keycloak.authentication.authenticators.conditional.ConditionalAuthenticator;
import org.keycloak.authentication.authenticators.conditional.ConditionalAuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

public final class DeviceConditionFactory implements ConditionalAuthenticatorFactory {

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

    @Override
    public ConditionalAuthenticator getSingleton() {
        return DeviceCondition.SINGLETON;
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayType() {
        return "SLS Condition - user has device";
    }

    @Override
    public String getHelpText() {
        return "Runs the sub-flow only for users who have (or are setting up) a given second-factor device.";
    }

    @Override
    public boolean isConfigurable() {
        return true;
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return PROPERTIES;
    }

    @Override
    public AuthenticationExecutionModel.Requirement[] getRequirementChoices() {
        return new AuthenticationExecutionModel.Requirement[] {
            AuthenticationExecutionModel.Requirement.REQUIRED, AuthenticationExecutionModel.Requirement.DISABLED};
    }

    @Override
    public boolean isUserSetupAllowed() {
        return false;
    }

    @Override
    public void init(Config.Scope config) {
        // no server-wide settings
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        // nothing to wire
    }

    @Override
    public void close() {
        // nothing held
    }
}
