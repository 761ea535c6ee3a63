package dev.sls.ibkey.registration;

import dev.sls.ibkey.activation.ActivationEvents;
import org.keycloak.events.Errors;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/** The in-app activation's steps, named {@code app-*}, as {@link ActivationEvents}. */
final class RegistrationEvents {

    private final ActivationEvents events;

    RegistrationEvents(KeycloakSession session, RealmModel realm) {
        this.events = new ActivationEvents(session, realm);
    }

    void started(UserModel user) {
        events.success(user, "app-password");
    }

    void smsSent(UserModel user) {
        events.success(user, "app-sms-sent");
    }

    void codeGranted(UserModel user) {
        events.success(user, "app-sms-code");
    }

    void passwordRefused(String username) {
        events.refusal(null, username, "app-password", Errors.INVALID_USER_CREDENTIALS);
    }

    void refused(UserModel user, String error) {
        events.refusal(user.getId(), user.getUsername(), "app-registration", error);
    }
}
