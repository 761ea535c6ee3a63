package dev.sls.optout;

import dev.sls.rest.admin.HelpdeskPersonRule;
import dev.sls.rest.admin.dto.OptOutState;
import java.util.Optional;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/** Tells the helpdesk's user search whether the person opted out, whether it is in effect, and since when. */
final class HelpdeskOptOutState implements HelpdeskPersonRule {

    @Override
    public Optional<OptOutState> optOut(KeycloakSession session, RealmModel realm, UserModel user) {
        boolean optedOut = OptOutSettings.optedOut(user);
        Long since = null;
        if (optedOut) {
            try {
                since = Long.valueOf(user.getFirstAttribute(OptOutSettings.OPTED_OUT).strip());
            } catch (NumberFormatException e) {
                since = null;
            }
        }
        return Optional.of(new OptOutState(optedOut, OptOutSettings.inEffect(realm, user), since));
    }
}
