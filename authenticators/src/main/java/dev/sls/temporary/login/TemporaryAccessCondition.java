package dev.sls.temporary.login;

import java.util.Map;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.authenticators.conditional.ConditionalAuthenticator;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * True for a user whose temporary access still works (expired or replaced access is retired on the way). Put first
 * in the second-factor flow, and negated in front of the permanent devices, it makes the helpdesk's temporary
 * access the one second factor while it lasts.
 */
public final class TemporaryAccessCondition implements ConditionalAuthenticator {

    static final TemporaryAccessCondition SINGLETON = new TemporaryAccessCondition();
    public static final String NEGATE = "sls.condition.negate";

    @Override
    public boolean matchCondition(AuthenticationFlowContext context) {
        Map<String, String> config = context.getAuthenticatorConfig() == null ? Map.of()
                : context.getAuthenticatorConfig().getConfig();
        boolean has = context.getUser() != null
                && TemporaryAccessRetirement.usable(context.getSession(), context.getUser()).isPresent();
        return has != Boolean.parseBoolean(config.get(NEGATE));
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        // a condition shows no page
    }

    @Override
    public boolean requiresUser() {
        return true;
    }

    @Override
    public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {
        // a condition asks nothing of the user
    }

    @Override
    public void close() {
        // stateless
    }
}
