package dev.sls.core.login;

import dev.sls.core.credential.SlsCredentialProvider;
import dev.sls.core.device.DeviceType;
import java.util.Optional;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.CredentialValidator;
import org.keycloak.credential.CredentialProvider;
import org.keycloak.events.Details;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * The login step of every device type, written once: it needs a user, it is configured for a user who has an active
 * device, a user without one is sent to the device's setup action, and each page and post first passes the
 * {@link LoginGate}. A device states how it finds its active credential ({@link #activeCredential}), shows its
 * challenge ({@link #showChallenge}) and verifies a post ({@link #verifyPost}); before it accepts an answer it asks
 * {@link Lockout#refuses}, the one check for disabled and locked users.
 *
 * @param <C> what the device's login works with: its credential, or the credential with its user
 */
public abstract class DeviceAuthenticator<P extends SlsCredentialProvider<?>, C>
        implements Authenticator, CredentialValidator<P> {

    private final DeviceType device;
    private final LoginGate gate;

    protected DeviceAuthenticator(DeviceType device, LoginGate gate) {
        this.device = device;
        this.gate = gate;
    }

    @Override
    public final void authenticate(AuthenticationFlowContext context) {
        Optional<C> credential = activeCredential(context);
        if (credential.isEmpty()) {
            noActiveCredential(context);
            return;
        }
        if (!gate.admits(context, device.credentialType())) {
            return;
        }
        showChallenge(context, credential.get());
    }

    @Override
    public final void action(AuthenticationFlowContext context) {
        Optional<C> credential = activeCredential(context);
        if (credential.isEmpty()) {
            context.failure(AuthenticationFlowError.CREDENTIAL_SETUP_REQUIRED);
            return;
        }
        if (!gate.admits(context, device.credentialType())) {
            refusedByGate(context, credential.get());
            return;
        }
        context.getEvent().detail(Details.CREDENTIAL_TYPE, device.credentialType())
                .detail(Details.SELECTED_CREDENTIAL_ID, credentialId(credential.get()));
        verifyPost(context, credential.get());
    }

    /** The user's active device of this type, if any. */
    protected abstract Optional<C> activeCredential(AuthenticationFlowContext context);

    /** The stored credential's id, for the event. */
    protected abstract String credentialId(C credential);

    /** The first page of the step (or the page a reload shows). */
    protected abstract void showChallenge(AuthenticationFlowContext context, C credential);

    /** A post of the step's page: an answer to verify, or another action the page offers. */
    protected abstract void verifyPost(AuthenticationFlowContext context, C credential);

    /** Shown to a user without an active device: by default the device's setup is required. */
    protected void noActiveCredential(AuthenticationFlowContext context) {
        context.failure(AuthenticationFlowError.CREDENTIAL_SETUP_REQUIRED);
    }

    /** After the gate refused a post (and answered it): whatever the step still holds open is let go. */
    protected void refusedByGate(AuthenticationFlowContext context, C credential) {
        // nothing held by default
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
