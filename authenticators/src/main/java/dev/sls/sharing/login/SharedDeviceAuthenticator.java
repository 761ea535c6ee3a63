package dev.sls.sharing.login;

import dev.sls.chooser.ChoosableDevice;
import dev.sls.chooser.DeviceStatus;
import dev.sls.core.challenge.BoundChallenge;
import dev.sls.core.login.DeviceAuthenticator;
import dev.sls.core.login.Lockout;
import dev.sls.level.ActingDevice;
import dev.sls.sharing.SharableDevice;
import dev.sls.sharing.SharingEvents;
import dev.sls.sharing.ShareEnding;
import dev.sls.sharing.SharedDevices;
import dev.sls.sharing.SharePage;
import dev.sls.sharing.credential.SharedDeviceCredentialModel;
import dev.sls.sharing.credential.SharedDeviceCredentialProvider;
import dev.sls.withdrawal.WithdrawalGate;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.credential.CredentialModel;
import org.keycloak.events.Errors;

/**
 * Login with a device shared by another username: the requester answers the challenge of the owner's device, checked
 * against the owner's credential; a wrong answer counts on the requester (the person logging in). The login reaches
 * the level of the device proved (DSC+ or card, {@link ActingDevice}), and its events name the owner.
 *
 * <p>When the owner's device no longer works (blocked, lost, replaced) or the owner is gone or disabled, the share
 * stops: the requester is told so and that cancelling the share in the settings reactivates their own devices.
 */
public final class SharedDeviceAuthenticator
        extends DeviceAuthenticator<SharedDeviceCredentialProvider, SharedDeviceCredentialModel>
        implements ChoosableDevice {

    static final String ACTION = "sls-action";
    static final String END = "end-share";
    static final String INVALID = "slsShareResponseInvalid";
    static final String EXPIRED = "slsShareChallengeExpired";
    static final String UNAVAILABLE = "slsSharedDeviceUnavailable";
    private static final BoundChallenge CHALLENGE = BoundChallenge.inNote("sls.shared-device.login.challenge");
    private static final int CHALLENGE_LIFETIME = 300;

    SharedDeviceAuthenticator() {
        super(SharedDeviceCredentialProvider.DEVICE, (context, type) -> WithdrawalGate.admits(context,
                actingType(context).orElse(type)));
    }

    private static Optional<String> actingType(AuthenticationFlowContext context) {
        return SharedDevices.credential(context.getSession(), context.getUser()).map(c -> c.data().deviceType());
    }

    @Override
    public String describe(AuthenticationFlowContext context, CredentialModel credential) {
        return SharedDevices.of(context.getSession(), context.getRealm(), context.getUser())
                .map(borrowed -> SharedDevices.masked(borrowed.owner().getUsername())).orElse("");
    }

    @Override
    public DeviceStatus status(AuthenticationFlowContext context, CredentialModel credential) {
        return SharedDevices.of(context.getSession(), context.getRealm(), context.getUser()).isPresent()
                ? DeviceStatus.USABLE : DeviceStatus.unusable("slsChooserSharedUnavailable");
    }

    @Override
    public Optional<String> actsAs(AuthenticationFlowContext context, CredentialModel credential) {
        return actingType(context);
    }

    @Override
    protected Optional<SharedDeviceCredentialModel> activeCredential(AuthenticationFlowContext context) {
        return SharedDevices.credential(context.getSession(), context.getUser());
    }

    @Override
    protected String credentialId(SharedDeviceCredentialModel credential) {
        return credential.getId();
    }

    @Override
    protected void showChallenge(AuthenticationFlowContext context, SharedDeviceCredentialModel credential) {
        context.challenge(page(context, credential, null));
    }

    @Override
    protected void verifyPost(AuthenticationFlowContext context, SharedDeviceCredentialModel credential) {
        Optional<SharedDevices.Borrowed> borrowed = SharedDevices.of(context.getSession(), context.getRealm(),
                context.getUser(), credential);
        if (borrowed.isEmpty()) {
            stopped(context, credential);
            return;
        }
        Optional<String> stored = CHALLENGE.take(context.getAuthenticationSession(), credential.getId());
        if (stored.isEmpty()) {
            context.challenge(page(context, credential, EXPIRED));
            return;
        }
        if (Lockout.refuses(context, () -> page(context, credential, INVALID))) {
            return;
        }
        SharedDevices.Borrowed device = borrowed.get();
        context.getEvent().detail(SharingEvents.SHARE, device.share().id())
                .detail(SharingEvents.OWNER, device.owner().getId());
        if (device.kind().verify(context.getSession(), context.getRealm(), device.owner(), device.device(),
                stored.get(), context.getHttpRequest().getDecodedFormParameters())) {
            ActingDevice.proved(context.getAuthenticationSession(), device.share().deviceType());
            WithdrawalGate.confirmAndRecord(context, device.share().deviceType());
            return;
        }
        context.getEvent().user(context.getUser()).error(Errors.INVALID_USER_CREDENTIALS);
        context.failureChallenge(AuthenticationFlowError.INVALID_CREDENTIALS, page(context, credential, INVALID));
    }

    /**
     * The share no longer works. The page offers to end it: that only gives the requester their own devices back
     * (suspended, not deleted), which they must then prove at the next login, so their password is enough for it.
     */
    private static void stopped(AuthenticationFlowContext context, SharedDeviceCredentialModel credential) {
        if (!END.equals(context.getHttpRequest().getDecodedFormParameters().getFirst(ACTION))) {
            context.challenge(page(context, credential, null));
            return;
        }
        ShareEnding.end(context.getSession(), context.getRealm(), context.getEvent().clone(), context.getUser());
        context.challenge(new SharePage("ended", null, credential.data().deviceType() + "-display-name", null,
                "cancelled").render(context.form(), null));
    }

    /** The challenge of the owner's device, or, when it no longer works, the notice alone. */
    private static Response page(AuthenticationFlowContext context, SharedDeviceCredentialModel credential,
                                 String error) {
        Optional<SharedDevices.Borrowed> borrowed = SharedDevices.of(context.getSession(), context.getRealm(),
                context.getUser(), credential);
        if (borrowed.isEmpty()) {
            CHALLENGE.clear(context.getAuthenticationSession());
            return new SharePage("unavailable", null, credential.data().deviceType() + "-display-name", null, null)
                    .render(context.form(), UNAVAILABLE);
        }
        SharedDevices.Borrowed device = borrowed.get();
        SharableDevice.Challenge challenge = device.kind().challenge(context.getSession(), context.getRealm(),
                device.device());
        CHALLENGE.issue(context.getAuthenticationSession(), credential.getId(), challenge.stored(), CHALLENGE_LIFETIME);
        return SharePage.login(SharedDevices.masked(device.owner().getUsername()), device.share().deviceType(),
                challenge).render(context.form(), error);
    }
}
