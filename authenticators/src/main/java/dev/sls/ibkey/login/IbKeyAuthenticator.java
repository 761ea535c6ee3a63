package dev.sls.ibkey.login;

import dev.sls.chooser.ChoosableDevice;
import dev.sls.chooser.DeviceStatus;
import dev.sls.core.login.DeviceAuthenticator;
import dev.sls.withdrawal.WithdrawalGate;
import dev.sls.ibkey.credential.IbKeyCredentialModel;
import dev.sls.ibkey.credential.IbKeyCredentialProvider;
import dev.sls.ibkey.device.IbKeyDevice;
import dev.sls.ibkey.push.PushLimits;
import java.util.Optional;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.credential.CredentialModel;
import org.keycloak.events.Details;

/**
 * IB Key login: a push to the phone with the page waiting for the decision, and, through "Click here if you do
 * not receive the notification", offline challenge/response. Reports the {@code otp} reference category so
 * explicit denials and wrong responses count towards brute-force lockout.
 */
public final class IbKeyAuthenticator extends DeviceAuthenticator<IbKeyCredentialProvider>
        implements ChoosableDevice {

    static final String ACTION_FIELD = "sls-action";

    IbKeyAuthenticator() {
        super(IbKeyCredentialProvider.DEVICE);
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
    public void authenticate(AuthenticationFlowContext context) {
        Optional<IbKeyDevice> device = device(context);
        if (device.isEmpty()) {
            context.failure(AuthenticationFlowError.CREDENTIAL_SETUP_REQUIRED);
            return;
        }
        if (!WithdrawalGate.admits(context, IbKeyCredentialModel.TYPE)) {
            return;
        }
        String mode = context.getAuthenticationSession().getAuthNote(IbKeyNotes.MODE);
        if (IbKeyNotes.MODE_RESPONSE.equals(mode)) {
            ResponseStep.show(context, device.get(), null);
        } else if (PushStep.hasOpenPush(context, device.get())) {
            // A reloaded page shows the push it already sent rather than sending another.
            PushStep.check(context, device.get());
        } else {
            PushStep.start(context, device.get());
        }
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        Optional<IbKeyDevice> device = device(context);
        if (device.isEmpty()) {
            context.failure(AuthenticationFlowError.CREDENTIAL_SETUP_REQUIRED);
            return;
        }
        if (!WithdrawalGate.admits(context, IbKeyCredentialModel.TYPE)) {
            PushStep.abandon(context, device.get());
            return;
        }
        context.getEvent().detail(Details.CREDENTIAL_TYPE, IbKeyCredentialModel.TYPE)
                .detail(Details.SELECTED_CREDENTIAL_ID, device.get().key().getId());
        String action = context.getHttpRequest().getDecodedFormParameters().getFirst(ACTION_FIELD);
        switch (action == null ? "check" : action) {
            case "offline" -> {
                PushStep.abandon(context, device.get());
                ResponseStep.show(context, device.get(), null);
            }
            case "respond" -> ResponseStep.verify(context, device.get());
            case "resend", "push" -> PushStep.resend(context, device.get());
            default -> PushStep.check(context, device.get());
        }
    }

    private Optional<IbKeyDevice> device(AuthenticationFlowContext context) {
        return getCredentialProvider(context.getSession()).active(context.getUser())
                .map(key -> new IbKeyDevice(context.getUser(), key));
    }
}
