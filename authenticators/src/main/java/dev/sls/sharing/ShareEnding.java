package dev.sls.sharing;

import java.util.Optional;
import org.keycloak.events.EventBuilder;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Ending a requester's share, the one way every door does it ("Cancel sharing" on the settings page, the
 * {@code kc_action=sls-share-device:cancel} page, the login that finds the owner's device gone): the share and the
 * shared-device credential go, the requester's own devices work again, the event is recorded, both people are told,
 * and the device history says whether the requester cancelled or the owner's device was blocked, lost or replaced.
 */
public final class ShareEnding {

    private ShareEnding() {
    }

    /** Ends {@code requester}'s share, if any; returns the share that ended. */
    public static Optional<Share> end(KeycloakSession session, RealmModel realm, EventBuilder event,
                                      UserModel requester) {
        Optional<Share> share = Shares.of(requester);
        if (share.isEmpty()) {
            return share;
        }
        Share ended = share.get();
        String why = ended.state() == Share.State.APPROVED && SharedDevices.of(session, realm, requester).isEmpty()
                ? ShareHistory.ENDED_DEVICE_GONE : ShareHistory.ENDED_CANCELLED;
        UserModel owner = session.users().getUserById(realm, ended.ownerId());
        Shares.end(session, realm, requester, why);
        SharingEvents.changed(event, requester, ended, "cancelled");
        ShareNotices.tell(session, realm, requester, owner, "cancelled", ended.deviceType());
        return share;
    }
}
