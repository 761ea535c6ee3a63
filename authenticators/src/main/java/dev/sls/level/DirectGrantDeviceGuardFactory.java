package dev.sls.level;

import dev.sls.core.factory.SlsAuthenticatorFactory;
import java.util.List;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.KeycloakSession;

public final class DirectGrantDeviceGuardFactory extends SlsAuthenticatorFactory {

    public static final String PROVIDER_ID = "sls-direct-grant-device-guard";
    private static final AuthenticationExecutionModel.Requirement[] CHOICES = {
        AuthenticationExecutionModel.Requirement.REQUIRED, AuthenticationExecutionModel.Requirement.DISABLED};
    private static final DirectGrantDeviceGuard SINGLETON = new DirectGrantDeviceGuard();

    public DirectGrantDeviceGuardFactory() {
        super(PROVIDER_ID, "SLS Refuse device holders (direct grant)",
                "Put it after the password in the direct-grant flow. A password grant proves only the password: a"
                        + " person holding any second-factor device gets no token from it (error invalid_grant) and"
                        + " signs in through the browser, with the device.",
                List.of());
    }

    @Override
    public Authenticator create(KeycloakSession session) {
        return SINGLETON;
    }

    /** Refusing is not a wrong answer: nothing is counted by brute-force detection. */
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
