package dev.sls.binding;

import jakarta.ws.rs.core.Response;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.events.Details;
import org.keycloak.events.EventType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Whether this login may bind a device to the account (NIST SP 800-63B-4 §4.1.2): an account that never had a device
 * enrols as before; one that has or had a device needs a device proven in this login (recently, in single sign-on),
 * temporary access from Client Services being a device; a recorded enrolment reset allows one first enrolment.
 * A password alone, whether typed now or re-typed for a kc_action, never binds a second device.
 */
public final class BindingGate {

    static final String REFUSED = "slsBindingNeedsDevice";
    static final String ERROR = "sls_binding_needs_device";
    private static final String ALLOWED_NOTE = "sls.binding.allowed";
    private static final String ALLOWED = "true";

    private BindingGate() {
    }

    public static boolean mayBind(KeycloakSession session, RealmModel realm, UserModel user,
                                  AuthenticationSessionModel authSession) {
        if (!BindingHistory.hasOrHadDevice(user)) {
            return true;
        }
        if (BindingHistory.pendingReset(user).isPresent() && !holdsActiveDevice(user)) {
            return true;
        }
        return DeviceProof.of(session, realm, authSession, user)
                .filter(proof -> proof.recentWithin(BindingSettings.maxAgeSeconds(realm)))
                .isPresent();
    }

    /**
     * For a binding made outside a login (an IB Key transfer, where the phone being replaced signed the offer): the
     * same rule, a device of the account proven recently. The proof's device must still be one the person holds.
     */
    public static boolean mayBindWith(RealmModel realm, UserModel user, DeviceProof proof) {
        boolean held = user.credentialManager().getStoredCredentialsStream()
                .anyMatch(credential -> proof.credentialType().equals(credential.getType()));
        return held && BindingHistory.isSecondFactor(proof.credentialType())
                && proof.recentWithin(BindingSettings.maxAgeSeconds(realm));
    }

    /** For setup steps: true (and the refusal page shown) when this login may not bind a device. */
    public static boolean refuses(RequiredActionContext context, String credentialType) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        if (ALLOWED.equals(authSession.getAuthNote(ALLOWED_NOTE))) {
            return false;
        }
        if (mayBind(context.getSession(), context.getRealm(), context.getUser(), authSession)) {
            // The setup's later pages of this login keep the answer: the device it binds (perhaps from the phone,
            // in another request) must not turn a first enrolment into "has a device" half way through.
            authSession.setAuthNote(ALLOWED_NOTE, ALLOWED);
            return false;
        }
        context.getEvent().clone().event(EventType.UPDATE_CREDENTIAL_ERROR)
                .detail(Details.CREDENTIAL_TYPE, credentialType).error(ERROR);
        Response page = context.form().setError(REFUSED).createErrorPage(Response.Status.FORBIDDEN);
        context.challenge(page);
        return true;
    }

    private static boolean holdsActiveDevice(UserModel user) {
        return user.credentialManager().getStoredCredentialsStream()
                .anyMatch(credential -> BindingHistory.isSecondFactor(credential.getType()));
    }
}
