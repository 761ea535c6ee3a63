package dev.sls.optout;

import dev.sls.core.factory.SlsAuthenticatorFactory;
import java.util.List;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.KeycloakSession;

public final class RestrictedSessionGuardFactory extends SlsAuthenticatorFactory {

    public static final String PROVIDER_ID = "sls-restricted-session-guard";

    private static final AuthenticationExecutionModel.Requirement[] CHOICES = {
        AuthenticationExecutionModel.Requirement.ALTERNATIVE, AuthenticationExecutionModel.Requirement.DISABLED};

    public RestrictedSessionGuardFactory() {
        super(PROVIDER_ID, "SLS Restricted session guard",
                "First alternative of the browser flow, before the Cookie: a session opened without the device (opt-out,"
                        + " trading client) is not enough for anything else; the device is asked (step-up).",
                List.of());
    }

    @Override
    public Authenticator create(KeycloakSession session) {
        return RestrictedSessionGuard.SINGLETON;
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
