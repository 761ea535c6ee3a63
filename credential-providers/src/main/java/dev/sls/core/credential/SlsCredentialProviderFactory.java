package dev.sls.core.credential;

import dev.sls.core.device.DeviceType;
import java.util.function.Function;
import org.keycloak.credential.CredentialProvider;
import org.keycloak.credential.CredentialProviderFactory;
import org.keycloak.models.KeycloakSession;

/** A credential provider factory whose id is its device's credential type. */
public abstract class SlsCredentialProviderFactory<P extends SlsCredentialProvider<?>>
        implements CredentialProviderFactory<P> {

    private final DeviceType device;
    private final Function<KeycloakSession, P> provider;

    protected SlsCredentialProviderFactory(DeviceType device, Function<KeycloakSession, P> provider) {
        this.device = device;
        this.provider = provider;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public final CredentialProvider create(KeycloakSession session) {
        return provider.apply(session);
    }

    @Override
    public final String getId() {
        return device.credentialType();
    }
}
