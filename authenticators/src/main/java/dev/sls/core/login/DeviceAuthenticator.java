package dev.sls.core.login;

import dev.sls.core.credential.SlsCredentialProvider;
import dev.sls.core.device.DeviceType;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.CredentialValidator;
import org.keycloak.credential.CredentialProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * What the login step of every device type does alike: it needs a user, it is configured for a user who has an active
 * device, and a user without one is sent to the device's setup action.
 */
public abstract class DeviceAuthenticator<P extends SlsCredentialProvider<?>>
        implements Authenticator, CredentialValidator<P> {

    private final DeviceType device;

    protected DeviceAuthenticator(DeviceType device) {
        this.device = device;
    }

    @Override
    public final boolean requiresUser() {
        return true;
    }

    @Override
    public final boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        return getCredentialProvider(session).isConfiguredFor(realm, user, device.credentialType());
    }

    @Override
    public final void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {
        var authSession = session.getContext().getAuthenticationSession();
        if (authSession != null && !authSession.getRequiredActions().contains(device.setupAction())) {
            authSession.addRequiredAction(device.setupAction());
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public final P getCredentialProvider(KeycloakSession session) {
        return (P) session.getProvider(CredentialProvider.class, device.credentialType());
    }

    @Override
    public void close() {
        // stateless
    }
}
