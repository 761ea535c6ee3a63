package dev.sls.authenticator.codecard;

import dev.sls.credential.codecard.CodeCardCredentialModel;
import java.util.List;
import org.keycloak.Config;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.AuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.credential.OTPCredentialModel;
import org.keycloak.provider.ProviderConfigProperty;

public final class CodeCardAuthenticatorFactory implements AuthenticatorFactory {

    public static final String PROVIDER_ID = "sls-code-card-authenticator";
    private static final CodeCardAuthenticator SINGLETON = new CodeCardAuthenticator();

    @Override
    public Authenticator create(KeycloakSession session) {
        return SINGLETON;
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayType() {
        return "SLS Security Code Card";
    }

    @Override
    public String getHelpText() {
        return "Asks for the codes printed at random index numbers of the user's Security Code Card ("
                + CodeCardCredentialModel.TYPE + ").";
    }

    /** Keycloak's brute-force detector counts only password, otp and recovery-code failures. */
    @Override
    public String getReferenceCategory() {
        return OTPCredentialModel.TYPE;
    }

    @Override
    public boolean isConfigurable() {
        return true;
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return CodeCardLoginConfig.PROPERTIES;
    }

    @Override
    public AuthenticationExecutionModel.Requirement[] getRequirementChoices() {
        return REQUIREMENT_CHOICES;
    }

    @Override
    public boolean isUserSetupAllowed() {
        return true;
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
