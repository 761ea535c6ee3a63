package dev.sls.withdrawal;

import dev.sls.core.login.StatelessStep;
import dev.sls.level.UsedDevice;
import org.keycloak.authentication.AuthenticationFlowContext;

/**
 * A REQUIRED step after the second factor: a login asked to confirm a withdrawal ends only if a device of the pack
 * confirmed and recorded it. Keycloak switches to any ALTERNATIVE step a post names ({@code authenticationExecution}),
 * greyed in the chooser or not, before the chooser sees the post: its own OTP form or a passkey would then end the
 * login with no withdrawal confirmed, refused only at the token endpoint. This step refuses it at login, with the
 * refusal page of the device used.
 */
final class WithdrawalConfirmedCheck implements StatelessStep {

    /** When the login says nothing of the device used (a flow without the level conditions). */
    static final String UNKNOWN_DEVICE = "unknown";

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        if (WithdrawalGate.confirmedIfAsked(context, used(context))) {
            context.success();
        }
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        if (WithdrawalGate.cancelPosted(context)) {
            WithdrawalGate.cancelUnconfirmed(context, used(context));
            return;
        }
        authenticate(context);
    }

    private static String used(AuthenticationFlowContext context) {
        return UsedDevice.parse(context.getAuthenticationSession().getClientNote(UsedDevice.NOTE))
                .map(UsedDevice::credentialType).orElse(UNKNOWN_DEVICE);
    }

    @Override
    public boolean requiresUser() {
        return false;
    }
}
