package dev.sls.temporary.login;

import org.keycloak.Config;
import org.keycloak.events.Details;
import org.keycloak.events.Event;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventListenerProviderFactory;
import org.keycloak.events.EventType;
import org.keycloak.events.admin.AdminEvent;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Event listener {@value #ID} (add it to the realm's event listeners): when a person activates a permanent device,
 * their temporary access is retired in the same transaction. Without it, the login flow's condition retires it at
 * the next login all the same.
 */
public final class TemporaryAccessEventListenerFactory implements EventListenerProviderFactory {

    public static final String ID = "sls-temporary-access";

    @Override
    public EventListenerProvider create(KeycloakSession session) {
        return new EventListenerProvider() {
            @Override
            public void onEvent(Event event) {
                boolean deviceSetUp = event.getType() == EventType.UPDATE_CREDENTIAL || event.getType() == EventType.UPDATE_TOTP;
                if (!deviceSetUp || event.getUserId() == null || event.getDetails() == null) {
                    return;
                }
                RealmModel realm = session.realms().getRealm(event.getRealmId());
                UserModel user = realm == null ? null : session.users().getUserById(realm, event.getUserId());
                String type = event.getDetails().get(Details.CREDENTIAL_TYPE);
                if (user != null && TemporaryAccessRetirement.isPermanentDevice(session, user, type == null ? "otp" : type)) {
                    TemporaryAccessRetirement.retire(user, type + " activated");
                }
            }

            @Override
            public void onEvent(AdminEvent event, boolean includeRepresentation) {
                // admin changes are not a person activating a device
            }

            @Override
            public void close() {
                // nothing held
            }
        };
    }

    @Override
    public void init(Config.Scope config) {
        // no settings
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        // nothing to wire
    }

    @Override
    public void close() {
        // nothing held
    }

    @Override
    public String getId() {
        return ID;
    }
}
