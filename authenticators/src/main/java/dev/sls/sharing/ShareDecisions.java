package dev.sls.sharing;

import java.util.Optional;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * A compliance officer's decision on a pending share. Approval checks again that the owner still holds the very
 * device and that the prerequisites still hold (data may have changed while the request waited); either decision is
 * told to both users.
 */
public final class ShareDecisions {

    /** Why a decision cannot be taken. */
    public enum Problem { NOT_PENDING, DEVICE_GONE, PREREQUISITE }

    /** The share after the decision, or the problem. */
    public record Outcome(Share share, Problem problem, String refusal) {
    }

    private ShareDecisions() {
    }

    /** @param officer the compliance officer deciding (named in both people's device history) */
    public static Outcome approve(KeycloakSession session, RealmModel realm, UserModel requester, String officer) {
        Optional<Share> pending = pending(requester);
        if (pending.isEmpty()) {
            return new Outcome(null, Problem.NOT_PENDING, null);
        }
        UserModel owner = session.users().getUserById(realm, pending.get().ownerId());
        Optional<SharableDevices.Held> device = owner == null || !owner.isEnabled() ? Optional.empty()
                : Optional.ofNullable(SharingRules.deviceToShare(session, realm, owner).device())
                        .filter(held -> held.device().getId().equals(pending.get().ownerCredentialId()));
        if (device.isEmpty()) {
            return new Outcome(null, Problem.DEVICE_GONE, null);
        }
        Optional<SharingRules.Refusal> refusal = SharingRules.check(session, realm, requester, owner, device.get());
        if (refusal.isPresent()) {
            return new Outcome(null, Problem.PREREQUISITE, refusal.get().code());
        }
        Share approved = Shares.approve(session, realm, requester, owner, pending.get(),
                ShareDeviceAction.ownDevices(session, realm, requester), officer);
        ShareNotices.tell(session, realm, requester, owner, approved);
        return new Outcome(approved, null, null);
    }

    public static Outcome reject(KeycloakSession session, RealmModel realm, UserModel requester, String reason) {
        Optional<Share> pending = pending(requester);
        if (pending.isEmpty()) {
            return new Outcome(null, Problem.NOT_PENDING, null);
        }
        Share rejected = Shares.reject(requester, pending.get(), reason);
        ShareNotices.tell(session, realm, requester, session.users().getUserById(realm, pending.get().ownerId()),
                rejected);
        return new Outcome(rejected, null, null);
    }

    private static Optional<Share> pending(UserModel requester) {
        return Shares.of(requester).filter(share -> share.state() == Share.State.PENDING);
    }
}
