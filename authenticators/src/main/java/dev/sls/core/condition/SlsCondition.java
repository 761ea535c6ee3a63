package dev.sls.core.condition;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.authenticators.conditional.ConditionalAuthenticator;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/** What every SLS flow condition says alike: it needs the user, shows no page, asks nothing and holds nothing. */
public interface SlsCondition extends ConditionalAuthenticator {

    @Override
    default void action(AuthenticationFlowContext context) {
        // a condition shows no page
    }

    @Override
    default boolean requiresUser() {
        return true;
    }

    @Override
    default void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {
        // a condition asks nothing of the user
    }

    @Override
    default void close() {
        // nothing held
    }
}
