package dev.sls.optout;

import dev.sls.core.event.EventDetails;
import org.keycloak.authentication.AuthenticationFlowCallback;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.authenticators.util.AcrStore;
import org.keycloak.models.AuthenticationFlowModel;
import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * The step that stands in for the second factor when the person opted out and the login may skip it
 * ({@link OptOutRule}, checked again here). It proves nothing, so the login ends at level 0 ({@code acr}: the realm's
 * name for level 0, else {@code "0"}) and records no level for single sign-on: the level the password's sub-flow
 * recorded is taken back, and the session is marked restricted so that {@link RestrictedSessionGuard} asks for the
 * device when the session is used for anything else.
 */
final class RestrictedLogin implements Authenticator, AuthenticationFlowCallback {

    /** Auth-session and user-session note: {@code true} once a login of the session skipped the device. */
    static final String RESTRICTED = "sls.restricted";
    private static final String LEVELS_BEFORE = "sls.restricted.levels-before";
    private static final String NO_LEVELS = "{}";

    private final KeycloakSession session;

    RestrictedLogin(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        if (!OptOutRule.skipsDevice(context.getSession(), authSession, context.getUser(),
                context.getTopLevelFlow())) {
            context.failure(AuthenticationFlowError.ACCESS_DENIED);
            return;
        }
        String levels = authSession.getAuthNote(Constants.LOA_MAP);
        authSession.setAuthNote(LEVELS_BEFORE, levels == null ? NO_LEVELS : levels);
        authSession.setAuthNote(RESTRICTED, Boolean.TRUE.toString());
        authSession.setUserSessionNote(RESTRICTED, Boolean.TRUE.toString());
        context.getEvent().detail(EventDetails.RESTRICTED, Boolean.TRUE.toString());
        context.success();
    }

    @Override
    public void onParentFlowSuccess(AuthenticationFlowContext context) {
        // the levels are put right once the whole flow is done
    }

    /** Whatever order Keycloak runs the callbacks in, the login ends at level 0 and the session keeps no new level. */
    @Override
    public void onTopFlowSuccess(AuthenticationFlowModel topFlow) {
        AuthenticationSessionModel authSession = session.getContext().getAuthenticationSession();
        if (authSession == null || !Boolean.parseBoolean(authSession.getAuthNote(RESTRICTED))) {
            return;
        }
        String before = authSession.getAuthNote(LEVELS_BEFORE);
        String levels = before == null ? NO_LEVELS : before;
        authSession.setAuthNote(Constants.LOA_MAP, levels);
        authSession.setUserSessionNote(Constants.LOA_MAP, levels);
        new AcrStore(session, authSession).setLevelAuthenticatedToCurrentRequest(Constants.MINIMUM_LOA);
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        // shows no page
    }

    @Override
    public boolean requiresUser() {
        return true;
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
