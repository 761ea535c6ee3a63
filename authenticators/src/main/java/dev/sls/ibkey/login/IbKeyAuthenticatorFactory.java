package dev.sls.ibkey.login;

import dev.sls.core.factory.DeviceAuthenticatorFactory;
import dev.sls.ibkey.credential.IbKeyCredentialProvider;
import dev.sls.ibkey.push.sender.PushSender;
import dev.sls.ibkey.push.sender.PushSenderFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;

public final class IbKeyAuthenticatorFactory extends DeviceAuthenticatorFactory {

    public static final String PROVIDER_ID = "sls-ib-key-authenticator";

    private List<ProviderConfigProperty> properties = IbKeyLoginConfig.properties(List.of("none"));

    public IbKeyAuthenticatorFactory() {
        super(PROVIDER_ID, IbKeyCredentialProvider.DEVICE, "SLS IB Key (push, challenge/response)",
                "Sends a login notification to the user's IB Key phone and waits for approval; offers offline"
                        + " challenge/response when the notification does not arrive.",
                new IbKeyAuthenticator(), List.of());
    }

    @Override
    public boolean isConfigurable() {
        return true;
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return properties;
    }

    /** The admin console lists every installed push sender and the settings each one reads. */
    @Override
    public void postInit(KeycloakSessionFactory factory) {
        List<PushSenderFactory> senders = factory.getProviderFactoriesStream(PushSender.class)
                .map(PushSenderFactory.class::cast).sorted(Comparator.comparing(PushSenderFactory::getId)).toList();
        List<ProviderConfigProperty> all = new ArrayList<>(
                IbKeyLoginConfig.properties(senders.stream().map(PushSenderFactory::getId).toList()));
        senders.forEach(sender -> all.addAll(sender.getConfigProperties()));
        properties = List.copyOf(all);
    }
}
