package dev.sls.authenticator.ibkey;

import dev.sls.push.PushSender;
import dev.sls.push.PushSenderFactory;
import java.util.ArrayList;
import java.util.List;
import org.keycloak.Config;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.AuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.credential.OTPCredentialModel;
import org.keycloak.provider.ProviderConfigProperty;

public final class IbKeyAuthenticatorFactory implements AuthenticatorFactory {

    public static final String PROVIDER_ID = "sls-ib-key-authenticator";
    private static final IbKeyAuthenticator SINGLETON = new IbKeyAuthenticator();

    private List<ProviderConfigProperty> properties = IbKeyLoginConfig.properties(List.of("none"));

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
        return "SLS IB Key (push, challenge/response)";
    }

    @Override
    public String getHelpText() {
        return "Sends a login notification to the user's IB Key phone and waits for approval; offers offline"
                + " challenge/response when the notification does not arrive.";
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
        return properties;
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

    /** The admin console lists every installed push sender and the settings each one reads. */
    @Override
    public void postInit(KeycloakSessionFactory factory) {
        List<PushSenderFactory> senders = factory.getProviderFactoriesStream(PushSender.class)
                .map(PushSenderFactory.class::cast).sorted((a, b) -> a.getId().compareTo(b.getId())).toList();
        List<ProviderConfigProperty> all = new ArrayList<>(
                IbKeyLoginConfig.properties(senders.stream().map(PushSenderFactory::getId).toList()));
        senders.forEach(sender -> all.addAll(sender.getConfigProperties()));
        properties = List.copyOf(all);
    }

    @Override
    public void close() {
        // nothing held
    }
}
