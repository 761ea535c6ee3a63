package dev.sls.optout;

import dev.sls.level.DeviceLevels;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.managers.AuthenticationManager;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Placed before Keycloak's cookie step: when the single-sign-on session was opened by a restricted login (no device)
 * and this request may not skip the device — another application, a level asked, an action such as the settings —
 * it asks Keycloak for the realm's lowest device level, so the cookie alone is not enough and the person logs in
 * with their device (Keycloak's own step-up). It never lowers a level asked for, and shows nothing.
 */
final class RestrictedSessionGuard implements Authenticator {

    static final RestrictedSessionGuard SINGLETON = new RestrictedSessionGuard();

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        AuthenticationManager.AuthResult sso = AuthenticationManager.authenticateIdentityCookie(context.getSession(),
                context.getRealm(), true);
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        if (sso != null && Boolean.parseBoolean(sso.getSession().getNote(RestrictedLogin.RESTRICTED))
                && !OptOutRule.skipsDevice(context.getSession(), authSession, sso.getUser(),
                context.getTopLevelFlow())) {
            DeviceLevels levels = DeviceLevels.of(context.getSession(), context.getRealm(), context.getTopLevelFlow());
            int lowest = levels.inUse() ? levels.maxAges().firstKey() : 1;
            if (requested(authSession) < lowest) {
                authSession.setClientNote(Constants.REQUESTED_LEVEL_OF_AUTHENTICATION, String.valueOf(lowest));
            }
        }
        context.attempted();
    }

    private static int requested(AuthenticationSessionModel authSession) {
        try {
            String note = authSession.getClientNote(Constants.REQUESTED_LEVEL_OF_AUTHENTICATION);
            return note == null ? Constants.NO_LOA : Integer.parseInt(note);
        } catch (NumberFormatException e) {
            return Constants.NO_LOA;
        }
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        // shows no page
    }

    @Override
    public boolean requiresUser() {
        return false;
    }

    @Override
    public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        return true;
    }

    @Override
    public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {
        // asks nothing of the user
    }

    @Override
    public void close() {
        // nothing held
    }
}
