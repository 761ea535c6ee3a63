package dev.sls.core.login;

import org.keycloak.authentication.Authenticator;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * A flow step that checks something about the login and holds nothing: it applies to every user, sets nothing up and
 * has nothing to close. A step says only whether it needs the user and what it checks.
 */
public interface StatelessStep extends Authenticator {

    @Override
    default boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        return true;
    }

    @Override
    default void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {
        // nothing to set up
    }

    @Override
    default void close() {
        // nothing held
    }
}
