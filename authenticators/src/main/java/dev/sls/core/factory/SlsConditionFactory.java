package dev.sls.core.factory;

import java.util.List;
import org.keycloak.authentication.authenticators.conditional.ConditionalAuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.provider.ProviderConfigProperty;

/** What every SLS flow-condition factory says alike: required or disabled, no failures counted, no user set-up. */
public abstract class SlsConditionFactory extends SlsAuthenticatorFactory implements ConditionalAuthenticatorFactory {

    private static final AuthenticationExecutionModel.Requirement[] CONDITION_CHOICES = {
        AuthenticationExecutionModel.Requirement.REQUIRED, AuthenticationExecutionModel.Requirement.DISABLED};

    protected SlsConditionFactory(String id, String displayType, String helpText,
                                  List<ProviderConfigProperty> properties) {
        super(id, displayType, helpText, properties);
    }

    /** A condition counts no failures. */
    @Override
    public final String getReferenceCategory() {
        return null;
    }

    @Override
    public final AuthenticationExecutionModel.Requirement[] getRequirementChoices() {
        return CONDITION_CHOICES.clone();
    }

    @Override
    public final boolean isUserSetupAllowed() {
        return false;
    }
}
