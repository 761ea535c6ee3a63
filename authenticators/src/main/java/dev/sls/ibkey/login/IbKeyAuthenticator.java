package dev.sls.ibkey.login;

import dev.sls.chooser.ChoosableDevice;
import dev.sls.chooser.DeviceStatus;
import dev.sls.core.login.DeviceAuthenticator;
import dev.sls.withdrawal.WithdrawalGate;
import dev.sls.ibkey.credential.IbKeyCredentialProvider;
import dev.sls.ibkey.device.IbKeyDevice;
import dev.sls.ibkey.push.PushLimits;
import java.util.Optional;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.credential.CredentialModel;

/**
 * IB Key login: a push to the phone with the page waiting for the decision, and, through "Click here if you do
 * not receive the notification", offline challenge/response. Reports the {@code otp} reference category so
 * explicit denials and wrong responses count towards brute-force lockout.
 */
public final class IbKeyAuthenticator extends DeviceAuthenticator<IbKeyCredentialProvider, IbKeyDevice>
        implements ChoosableDevice {

    static final String ACTION_FIELD = "sls-action";

    IbKeyAuthenticator() {
        super(IbKeyCredentialProvider.DEVICE, WithdrawalGate::admits);
    }

    /** The phone's own name, as the consoles show it. */
    @Override
    public String describe(AuthenticationFlowContext context, CredentialModel credential) {
        return credential.getUserLabel();
    }

    /**
     * Paused notifications leave the phone usable (its offline response still works), so the chooser keeps it
     * selectable with a note: a stranger's pushes must not push the person onto a weaker device.
     */
    @Override
    public DeviceStatus status(AuthenticationFlowContext context, CredentialModel credential) {
        return new PushLimits(context.getSession()).isPaused(context.getUser().getId())
                ? DeviceStatus.usableWithNote("slsChooserIbKeyPaused") : DeviceStatus.USABLE;
    }

    @Override
    protected Optional<IbKeyDevice> activeCredential(AuthenticationFlowContext context) {
        return getCredentialProvider(context.getSession()).active(context.getUser())
                .map(key -> new IbKeyDevice(context.getUser(), key));
    }

    @Override
    protected String credentialId(IbKeyDevice device) {
        return device.key().getId();
    }

    @Override
    protected void showChallenge(AuthenticationFlowContext context, IbKeyDevice device) {
        String mode = context.getAuthenticationSession().getAuthNote(IbKeyNotes.MODE);
        if (IbKeyNotes.MODE_RESPONSE.equals(mode)) {
            ResponseStep.show(context, device, null);
        } else if (PushStep.hasOpenPush(context, device)) {
            // A reloaded page shows the push it already sent rather than sending another.
            PushStep.check(context, device);
        } else {
            PushStep.start(context, device);
        }
    }

    @Override
    protected void verifyPost(AuthenticationFlowContext context, IbKeyDevice device) {
        String action = context.getHttpRequest().getDecodedFormParameters().getFirst(ACTION_FIELD);
        switch (action == null ? "check" : action) {
            case "offline" -> {
                PushStep.abandon(context, device);
                ResponseStep.show(context, device, null);
            }
            case "respond" -> ResponseStep.verify(context, device);
            case "resend", "push" -> PushStep.resend(context, device);
            default -> PushStep.check(context, device);
        }
    }

    /** A withdrawal this phone may not confirm: the push on screen dies. */
    @Override
    protected void refusedByGate(AuthenticationFlowContext context, IbKeyDevice device) {
        PushStep.abandon(context, device);
    }
}
