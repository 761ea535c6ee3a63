package dev.sls.core.condition;

import java.util.Map;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.models.UserModel;

/**
 * True when the user has a credential of the configured type, or has been asked to set one up (its required action
 * is pending on the user or on this login). Lets a flow route each user to the device they actually have.
 */
public final class DeviceCondition implements SlsCondition {

    static final DeviceCondition SINGLETON = new DeviceCondition();
    public static final String CREDENTIAL_TYPE = "sls.condition.credential-type";
    public static final String REQUIRED_ACTION = "sls.condition.required-action";
    public static final String NEGATE = "sls.condition.negate";

    @Override
    public boolean matchCondition(AuthenticationFlowContext context) {
        Map<String, String> config = context.getAuthenticatorConfig() == null ? Map.of()
                : context.getAuthenticatorConfig().getConfig();
        String type = config.get(CREDENTIAL_TYPE);
        String action = config.get(REQUIRED_ACTION);
        UserModel user = context.getUser();
        boolean has = user != null && type != null && !type.isBlank()
                && user.credentialManager().getStoredCredentialsByTypeStream(type.trim()).findAny().isPresent();
        boolean pending = user != null && action != null && !action.isBlank()
                && (user.getRequiredActionsStream().anyMatch(action.trim()::equals)
                || context.getAuthenticationSession().getRequiredActions().contains(action.trim()));
        return (has || pending) != Boolean.parseBoolean(config.get(NEGATE));
    }
}
