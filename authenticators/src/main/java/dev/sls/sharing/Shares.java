package dev.sls.sharing;

import dev.sls.core.device.SuspendedDevices;
import dev.sls.sharing.credential.SharedDeviceCredentialModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.keycloak.common.util.Time;
import org.keycloak.credential.CredentialModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Where shares live: on the requester, in unmanaged user attributes (never in the user profile, so neither the person
 * nor tokens see them), one share per requester, replaced or removed, never accumulated
 * (<a href="../../../../../../docs/decisions/device-sharing-storage.md">why</a>). The state has its own attribute so
 * the compliance officers' list of pending requests is one attribute search. An approved share also holds the
 * requester's {@code sls-shared-device} credential and the suspension of their own physical devices; every change
 * of all three happens in the caller's transaction.
 */
public final class Shares {

    public static final String SHARE = "slsShare";
    public static final String STATE = "slsShareState";
    public static final String REASON = "slsShareReason";
    public static final int MAX_REASON = 200;

    private Shares() {
    }

    public static Optional<Share> of(UserModel requester) {
        return Share.decode(requester.getFirstAttribute(SHARE), requester.getFirstAttribute(STATE));
    }

    public static Optional<String> reason(UserModel requester) {
        return Optional.ofNullable(requester.getFirstAttribute(REASON));
    }

    /** The requesters with a share in {@code state}, {@code max} at most from {@code first}. */
    public static Stream<UserModel> inState(KeycloakSession session, RealmModel realm, Share.State state, int first,
                                            int max) {
        return session.users().searchForUserByUserAttributeStream(realm, STATE, state.wireName())
                .skip(first).limit(max);
    }

    /** Records a new request, pending. */
    static Share request(UserModel requester, Share share) {
        write(requester, share);
        requester.removeAttribute(REASON);
        return share;
    }

    /**
     * Puts the share to work: the requester's own physical devices are suspended (not deleted) and the requester gets
     * the shared-device credential the login step works with; both people's device history says so.
     *
     * @param officer the compliance officer who approved it, null when it was approved at once
     */
    static Share approve(KeycloakSession session, RealmModel realm, UserModel requester, UserModel owner,
                         Share pending, List<String> ownDevices, String officer) {
        Share approved = pending.decided(Share.State.APPROVED, Time.currentTime());
        removeSharedCredentials(requester);
        List<String> suspended = new ArrayList<>(SuspendedDevices.of(requester));
        List<String> newlySuspended = ownDevices.stream().filter(id -> !suspended.contains(id)).distinct().toList();
        suspended.addAll(newlySuspended);
        SuspendedDevices.suspend(requester, suspended);
        CredentialModel shared = requester.credentialManager().createStoredCredential(SharedDeviceCredentialModel.create(
                new SharedDeviceCredentialModel.Data(approved.id(), approved.ownerId(), approved.ownerCredentialId(),
                        approved.deviceType()), Time.currentTimeMillis()));
        write(requester, approved);
        requester.removeAttribute(REASON);
        ShareHistory.granted(session, realm, requester, owner, approved, shared.getId(), newlySuspended, officer);
        return approved;
    }

    static Share reject(UserModel requester, Share pending, String reason) {
        Share rejected = pending.decided(Share.State.REJECTED, Time.currentTime());
        write(requester, rejected);
        requester.setSingleAttribute(REASON, reason);
        return rejected;
    }

    /**
     * Ends any share: the shared-device credential goes, the requester's own devices work again, and both people's
     * device history says so.
     *
     * @param why {@link ShareHistory#ENDED_CANCELLED} or {@link ShareHistory#ENDED_DEVICE_GONE}
     */
    public static void end(KeycloakSession session, RealmModel realm, UserModel requester, String why) {
        Optional<Share> share = of(requester);
        String sharedCredentialId = requester.credentialManager()
                .getStoredCredentialsByTypeStream(SharedDeviceCredentialModel.TYPE).map(CredentialModel::getId)
                .findFirst().orElse(null);
        List<String> reactivated = List.copyOf(SuspendedDevices.of(requester));
        removeSharedCredentials(requester);
        SuspendedDevices.reactivateAll(requester);
        requester.removeAttribute(SHARE);
        requester.removeAttribute(STATE);
        requester.removeAttribute(REASON);
        share.ifPresent(ended -> ShareHistory.ended(session, realm, requester,
                session.users().getUserById(realm, ended.ownerId()), ended, sharedCredentialId, reactivated, why));
    }

    private static void removeSharedCredentials(UserModel requester) {
        requester.credentialManager().getStoredCredentialsByTypeStream(SharedDeviceCredentialModel.TYPE)
                .map(CredentialModel::getId).toList()
                .forEach(id -> requester.credentialManager().removeStoredCredentialById(id));
    }

    private static void write(UserModel requester, Share share) {
        requester.setSingleAttribute(SHARE, share.encode());
        requester.setSingleAttribute(STATE, share.state().wireName());
    }
}
