package dev.sls.sharing;

import dev.sls.binding.history.DeviceHistory;
import dev.sls.binding.history.HistoryEntry;
import dev.sls.binding.history.HistoryEvent;
import java.util.Collection;
import org.keycloak.credential.CredentialModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * The lines device sharing writes to both people's device history (docs/decisions/device-history.md): the share
 * granted, the requester's own devices suspended and reactivated, the share ended. On the requester's side the owner
 * appears masked ({@code c***l}); the owner, whose device it is, reads the requester's username.
 */
public final class ShareHistory {

    /** Proof of a share approved at once: the owner's password and a response of the owner's device. */
    static final String PROOF_OWNER_DEVICE = "owner-device";
    /** Proof of a share a compliance officer approved (the line names the officer). */
    static final String PROOF_COMPLIANCE = "compliance";
    /** Why a share ended: the requester cancelled it. */
    public static final String ENDED_CANCELLED = "cancelled";
    /** Why a share ended: the owner's device was blocked, lost or replaced. */
    public static final String ENDED_DEVICE_GONE = "device-gone";
    private static final String PROOF_SHARE = "share";

    private ShareHistory() {
    }

    static void granted(KeycloakSession session, RealmModel realm, UserModel requester, UserModel owner, Share share,
                        String sharedCredentialId, Collection<String> suspended, String officer) {
        String proof = officer == null ? PROOF_OWNER_DEVICE : PROOF_COMPLIANCE;
        DeviceHistory.record(session, realm, requester, by(HistoryEntry.of(HistoryEvent.SHARED, share.deviceType(),
                sharedCredentialId, SharedDevices.masked(owner == null ? null : owner.getUsername()), proof), officer));
        if (owner != null) {
            DeviceHistory.record(session, realm, owner, by(HistoryEntry.of(HistoryEvent.SHARED, share.deviceType(),
                    share.ownerCredentialId(), requester.getUsername(), proof), officer));
        }
        own(session, realm, requester, suspended, HistoryEvent.SUSPENDED);
    }

    static void ended(KeycloakSession session, RealmModel realm, UserModel requester, UserModel owner, Share share,
                      String sharedCredentialId, Collection<String> reactivated, String why) {
        if (share.state() == Share.State.APPROVED) {
            DeviceHistory.record(session, realm, requester, HistoryEntry.of(HistoryEvent.UNSHARED,
                    share.deviceType(), sharedCredentialId,
                    SharedDevices.masked(owner == null ? null : owner.getUsername()), why));
            if (owner != null) {
                DeviceHistory.record(session, realm, owner, HistoryEntry.of(HistoryEvent.UNSHARED,
                        share.deviceType(), share.ownerCredentialId(), requester.getUsername(), why));
            }
        }
        own(session, realm, requester, reactivated, HistoryEvent.REACTIVATED);
    }

    private static void own(KeycloakSession session, RealmModel realm, UserModel requester, Collection<String> ids,
                            HistoryEvent event) {
        for (String id : ids) {
            CredentialModel device = requester.credentialManager().getStoredCredentialById(id);
            if (device != null) {
                DeviceHistory.record(session, realm, requester, HistoryEntry.of(event, device.getType(), id,
                        device.getUserLabel(), PROOF_SHARE));
            }
        }
    }

    private static HistoryEntry by(HistoryEntry entry, String officer) {
        return officer == null ? entry : entry.by(officer);
    }
}
