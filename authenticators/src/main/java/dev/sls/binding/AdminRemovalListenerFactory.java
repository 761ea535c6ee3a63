package dev.sls.binding;

import dev.sls.binding.history.DeviceHistory;
import dev.sls.binding.history.HistoryEntry;
import dev.sls.binding.history.HistoryEvent;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.keycloak.Config;
import org.keycloak.events.Details;
import org.keycloak.events.Event;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventListenerProviderFactory;
import org.keycloak.events.admin.AdminEvent;
import org.keycloak.events.admin.AuthDetails;
import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Event listener {@value #ID}, global (no realm has to list it): when an admin removes one of a person's second-factor
 * devices through Keycloak's own admin API or admin console ({@code DELETE .../users/{id}/credentials/{credentialId}},
 * the Client Services path for a lost device), the person's device history gets a {@code removed} line by that admin,
 * in the same transaction as the removal. Keycloak's admin event carries the credential's type and label.
 */
public final class AdminRemovalListenerFactory implements EventListenerProviderFactory {

    public static final String ID = "sls-device-history-admin";
    static final String PROOF = "admin";
    private static final Pattern CREDENTIAL_PATH = Pattern.compile("users/([^/]{1,36})/credentials/([^/]{1,36})");
    private static final String USER_LABEL = "credential_user_label";

    @Override
    public EventListenerProvider create(KeycloakSession session) {
        return new EventListenerProvider() {
            @Override
            public void onEvent(Event event) {
                // a person's own doors record their removals themselves (sls-remove-device)
            }

            @Override
            public void onEvent(AdminEvent event, boolean includeRepresentation) {
                recordRemoval(session, event);
            }

            @Override
            public void close() {
                // nothing held
            }
        };
    }

    static void recordRemoval(KeycloakSession session, AdminEvent event) {
        if (event.getOperationType() != OperationType.ACTION || event.getResourceType() != ResourceType.USER
                || event.getResourcePath() == null || event.getError() != null) {
            return;
        }
        Matcher path = CREDENTIAL_PATH.matcher(event.getResourcePath());
        Map<String, String> details = event.getDetails();
        String type = details == null ? null : details.get(Details.CREDENTIAL_TYPE);
        if (!path.matches() || type == null || !type.matches("[a-z0-9-]{1,64}")
                || !BindingHistory.isSecondFactor(type)) {
            return;
        }
        RealmModel realm = session.realms().getRealm(event.getRealmId());
        UserModel user = realm == null ? null : session.users().getUserById(realm, path.group(1));
        if (user == null || user.credentialManager().getStoredCredentialById(path.group(2)) != null) {
            return;
        }
        DeviceHistory.record(session, realm, user, HistoryEntry.of(HistoryEvent.REMOVED, type, path.group(2),
                details.get(USER_LABEL), PROOF).by(admin(session, event.getAuthDetails())));
    }

    private static String admin(KeycloakSession session, AuthDetails auth) {
        if (auth == null || auth.getUserId() == null) {
            return "admin";
        }
        RealmModel authRealm = session.realms().getRealm(auth.getRealmId());
        UserModel admin = authRealm == null ? null : session.users().getUserById(authRealm, auth.getUserId());
        return admin == null ? auth.getUserId() : admin.getUsername();
    }

    @Override
    public boolean isGlobal() {
        return true;
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
