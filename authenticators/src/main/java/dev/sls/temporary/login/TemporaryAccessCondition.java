package dev.sls.temporary.login;

import dev.sls.core.condition.SlsCondition;
import java.util.Map;
import org.keycloak.authentication.AuthenticationFlowContext;

/**
 * True for a user whose temporary access still works (expired or replaced access is retired on the way). Put first
 * in the second-factor flow, and negated in front of the permanent devices, it makes the helpdesk's temporary
 * access the one second factor while it lasts.
 */
public final class TemporaryAccessCondition implements SlsCondition {

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
}
