package dev.sls.ibkey.activation;

import dev.sls.core.event.EventDetails;
import dev.sls.ibkey.credential.IbKeyCredentialProvider;
import org.keycloak.common.ClientConnection;
import org.keycloak.events.Details;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * The steps of binding an IB Key outside a login (the in-app activation, the recovery) as Keycloak events
 * ({@code CUSTOM_REQUIRED_ACTION[_ERROR]} for {@code sls-ibkey-activate}, detail {@code sls_step}). Refusals are
 * written in their own transaction: the refused request's is rolled back, the record of it must stay.
 */
public final class ActivationEvents {

    private static final String STEP = EventDetails.ACTIVATION_STEP;
    private static final int MAX_USERNAME = 64;

    private final KeycloakSession session;
    private final RealmModel realm;

    public ActivationEvents(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    public void success(UserModel user, String step) {
        event(realm, session, session.getContext().getConnection()).user(user).detail(STEP, step).success();
    }

    /**
     * @param userId   the person's id, or null when no person was found (a wrong username or password)
     * @param username what was typed, cut to {@value #MAX_USERNAME} characters
     */
    public void refusal(String userId, String username, String step, String error) {
        ClientConnection connection = session.getContext().getConnection();
        String realmId = realm.getId();
        String attempted = username == null ? "-"
                : username.length() > MAX_USERNAME ? username.substring(0, MAX_USERNAME) : username;
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
