package dev.sls.sharing;

import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.models.UserModel;

/**
 * "Cancel sharing" ({@code kc_action=sls-share-device:cancel}): ends the requester's share, pending or approved, and
 * reactivates their own devices. Needs a recent device login while the shared device still works; once the owner's
 * device is blocked, lost or replaced the requester can no longer prove one, and cancelling is how they get their own
 * devices back.
 */
final class ShareCancel {

    static final String CONFIRM = "cancel-share";

    private ShareCancel() {
    }

    static void show(RequiredActionContext context) {
        Optional<Share> share = Shares.of(context.getUser());
        if (share.isEmpty()) {
            none(context);
            return;
        }
        context.challenge(page(share.get()).render(context.form(), null));
    }

    static void process(RequiredActionContext context, String step) {
        UserModel requester = context.getUser();
        Optional<Share> share = Shares.of(requester);
        if (share.isEmpty()) {
            none(context);
            return;
        }
        if (!CONFIRM.equals(step)) {
            context.challenge(page(share.get()).render(context.form(), null));
            return;
        }
        if (stillWorks(context, share.get()) && !ShareDeviceAction.recentlyProved(context)) {
            context.challenge(page(share.get()).render(context.form(), "slsShareCancelNeedsDevice"));
            return;
        }
        ShareEnding.end(context.getSession(), context.getRealm(), context.getEvent().clone(), requester);
        context.challenge(new SharePage("status", null, share.get().deviceType() + "-display-name", null, "cancelled")
                .render(context.form(), null));
    }

    private static boolean stillWorks(RequiredActionContext context, Share share) {
        return share.state() == Share.State.APPROVED
                && SharedDevices.of(context.getSession(), context.getRealm(), context.getUser()).isPresent();
    }

    private static SharePage page(Share share) {
        return new SharePage("cancel", null, share.deviceType() + "-display-name", null, share.state().wireName());
    }

    private static void none(RequiredActionContext context) {
        var form = context.form();
        form.setError("slsShareNone");
        context.challenge(form.createErrorPage(Response.Status.BAD_REQUEST));
    }
}
