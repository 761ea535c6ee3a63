package dev.sls.core.factory;

import dev.sls.core.device.DeviceType;
import java.util.List;
import java.util.Set;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.KeycloakSession;
import org.keycloak.provider.ProviderConfigProperty;

/**
 * The login step of one device type. Besides {@code otp} (for brute force), it names the device's credential type,
 * which is how Keycloak's account console knows to list that type under "Signing in".
 */
public abstract class DeviceAuthenticatorFactory extends SlsAuthenticatorFactory {

    private final DeviceType device;
    private final Authenticator authenticator;

    protected DeviceAuthenticatorFactory(String id, DeviceType device, String displayType, String helpText,
                                         Authenticator authenticator, List<ProviderConfigProperty> properties) {
        super(id, displayType, helpText, properties);
        this.device = device;
        this.authenticator = authenticator;
    }

    @Override
    public final Authenticator create(KeycloakSession session) {
        return authenticator;
    }

    @Override
    public final Set<String> getOptionalReferenceCategories(KeycloakSession session) {
        return Set.of(device.credentialType());
    }
}
