package dev.sls.ibkey.recovery;

import dev.sls.ibkey.activation.ActivationEvents;
import org.keycloak.events.Errors;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/** The recovery's steps, named {@code recovery*}, as {@link ActivationEvents}. */
final class RecoveryEvents {

    private final ActivationEvents events;

    RecoveryEvents(KeycloakSession session, RealmModel realm) {
        this.events = new ActivationEvents(session, realm);
    }

    void started(UserModel user, String proof) {
        events.success(user, "recovery-" + proof);
    }

    void proved(UserModel user, String proof) {
        events.success(user, "recovery-proved-" + proof);
    }

    void passwordRefused(String username) {
        events.refusal(null, username, "recovery-password", Errors.INVALID_USER_CREDENTIALS);
    }

    void refused(UserModel user, String error) {
        events.refusal(user.getId(), user.getUsername(), "recovery", error);
    }
}
