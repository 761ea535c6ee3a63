package dev.sls.optout;

import org.keycloak.OAuth2Constants;
import org.keycloak.authentication.authenticators.util.AcrStore;
import org.keycloak.models.AuthenticationFlowModel;
import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Whether this login may skip the second factor: the person's opt-out is in effect, the application is a trading
 * client, and nothing in the request needs a device — no level asked (acr_values, claims, the client's default or
 * minimum ACR), no application-initiated action (the settings, a device's set-up or removal), no withdrawal. Opting
 * out never lowers what an application demands.
 */
final class OptOutRule {

    private OptOutRule() {
    }

    static boolean skipsDevice(KeycloakSession session, AuthenticationSessionModel authSession, UserModel user,
                               AuthenticationFlowModel topFlow) {
        if (authSession == null || user == null || !OptOutSettings.inEffect(authSession.getRealm(), user)
                || !OptOutSettings.tradingClient(authSession.getClient())) {
            return false;
        }
        if (authSession.getClientNote(Constants.KC_ACTION) != null
                || authSession.getClientNote(OAuth2Constants.AUTHORIZATION_DETAILS) != null) {
            return false;
        }
        return new AcrStore(session, authSession).getRequestedLevelOfAuthentication(topFlow) <= Constants.MINIMUM_LOA;
    }
}
