package dev.sls.ibkey.recovery;

import dev.sls.core.event.EventDetails;
import dev.sls.ibkey.credential.IbKeyCredentialProvider;
import org.keycloak.common.ClientConnection;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * The recovery's steps as Keycloak events ({@code CUSTOM_REQUIRED_ACTION[_ERROR]} for
 * {@code sls-ibkey-activate}, detail {@code sls_step}). Refusals are written in their own transaction: the refused
 * request's is rolled back, the record of it must stay.
 */
final class RecoveryEvents {

    private static final String STEP = EventDetails.ACTIVATION_STEP;

    private final KeycloakSession session;
    private final RealmModel realm;

    RecoveryEvents(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    void started(UserModel user, String proof) {
        success(user, "recovery-" + proof);
    }

    void proved(UserModel user, String proof) {
        success(user, "recovery-proved-" + proof);
    }

    void passwordRefused(String username) {
        refusal(null, username, "recovery-password", Errors.INVALID_USER_CREDENTIALS);
    }

    void refused(UserModel user, String error) {
        refusal(user.getId(), user.getUsername(), "recovery", error);
    }

    private void success(UserModel user, String step) {
        event(realm, session, session.getContext().getConnection()).user(user).detail(STEP, step).success();
    }

    private void refusal(String userId, String username, String step, String error) {
        ClientConnection connection = session.getContext().getConnection();
        String realmId = realm.getId();
        String attempted = username == null ? "-" : username.length() > 64 ? username.substring(0, 64) : username;
        KeycloakModelUtils.runJobInTransaction(session.getKeycloakSessionFactory(), own -> {
            RealmModel ownRealm = own.realms().getRealm(realmId);
            own.getContext().setRealm(ownRealm);
            EventBuilder event = event(ownRealm, own, connection).detail(Details.USERNAME, attempted).detail(STEP, step);
            if (userId != null) {
                event.user(userId);
            }
            event.error(error);
        });
    }

    private static EventBuilder event(RealmModel realm, KeycloakSession session, ClientConnection connection) {
        return new EventBuilder(realm, session, connection).event(EventType.CUSTOM_REQUIRED_ACTION)
                .detail(Details.CUSTOM_REQUIRED_ACTION, IbKeyCredentialProvider.ACTIVATE_ACTION);
    }
}
