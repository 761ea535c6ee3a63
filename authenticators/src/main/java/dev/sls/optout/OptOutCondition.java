package dev.sls.optout;

import dev.sls.core.condition.DeviceCondition;
import dev.sls.core.condition.SlsCondition;
import org.keycloak.authentication.AuthenticationFlowContext;

/**
 * True when this login may skip the second factor ({@link OptOutRule}); negated, true when the device is needed. The
 * demo's flow runs the restricted step under the first and every device sub-flow under the second.
 */
final class OptOutCondition implements SlsCondition {

    static final OptOutCondition SINGLETON = new OptOutCondition();

    @Override
    public boolean matchCondition(AuthenticationFlowContext context) {
        boolean negate = context.getAuthenticatorConfig() != null
                && Boolean.parseBoolean(context.getAuthenticatorConfig().getConfig().get(DeviceCondition.NEGATE));
        return OptOutRule.skipsDevice(context.getSession(), context.getAuthenticationSession(), context.getUser(),
                context.getTopLevelFlow()) != negate;
    }
}
