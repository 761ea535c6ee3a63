package dev.sls.optout;

import dev.sls.core.factory.SlsAuthenticatorFactory;
import java.util.List;
import org.keycloak.authentication.AuthenticationFlowCallbackFactory;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.KeycloakSession;

public final class RestrictedLoginFactory extends SlsAuthenticatorFactory implements AuthenticationFlowCallbackFactory {

    public static final String PROVIDER_ID = "sls-restricted-login";

    private static final AuthenticationExecutionModel.Requirement[] CHOICES = {
        AuthenticationExecutionModel.Requirement.REQUIRED, AuthenticationExecutionModel.Requirement.DISABLED};

    public RestrictedLoginFactory() {
        super(PROVIDER_ID, "SLS Secure Login not required (opted out)",
                "Stands in for the second factor of an opted-out user on a trading client: the login ends at level"
                        + " 0 and its session is marked restricted. Put it under 'SLS Condition - Secure Login not"
                        + " required'.",
                List.of());
    }

    @Override
    public Authenticator create(KeycloakSession session) {
        return new RestrictedLogin(session);
    }

    @Override
    public String getReferenceCategory() {
        return null;
    }

    @Override
    public AuthenticationExecutionModel.Requirement[] getRequirementChoices() {
        return CHOICES.clone();
    }

    @Override
    public boolean isUserSetupAllowed() {
        return false;
    }
}
