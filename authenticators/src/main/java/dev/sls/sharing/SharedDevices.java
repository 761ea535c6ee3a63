package dev.sls.sharing;

import dev.sls.sharing.credential.SharedDeviceCredentialModel;
import dev.sls.sharing.credential.SharedDeviceCredentialProvider;
import java.util.Optional;
import org.keycloak.credential.CredentialModel;
import org.keycloak.credential.CredentialProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/** The device a requester logs in with through an approved share, when it can still be used. */
public final class SharedDevices {

    /** The owner's device a requester uses: the share, its owner, the device, and how it is checked. */
    public record Borrowed(Share share, UserModel owner, CredentialModel device, SharableDevice kind) {
    }

    private SharedDevices() {
    }

    /** The requester's shared-device credential (none while the share is pending, after it ended, or damaged). */
    public static Optional<SharedDeviceCredentialModel> credential(KeycloakSession session, UserModel requester) {
        return ((SharedDeviceCredentialProvider) session.getProvider(CredentialProvider.class,
                SharedDeviceCredentialModel.TYPE)).active(requester);
    }

    /** The device {@code requester} logs in with through their approved share, if it can be used now. */
    public static Optional<Borrowed> of(KeycloakSession session, RealmModel realm, UserModel requester) {
        return credential(session, requester).flatMap(credential -> of(session, realm, requester, credential));
    }

    /**
     * The device of {@code requester}'s approved share recorded in {@code credential}, if the owner still holds it,
     * usable (a blocked, lost or replaced device is none) and the owner is enabled.
     */
    public static Optional<Borrowed> of(KeycloakSession session, RealmModel realm, UserModel requester,
                                        SharedDeviceCredentialModel credential) {
        Optional<Share> share = Shares.of(requester).filter(s -> s.state() == Share.State.APPROVED)
                .filter(s -> s.id().equals(credential.data().shareId()));
        if (share.isEmpty()) {
            return Optional.empty();
        }
        UserModel owner = session.users().getUserById(realm, share.get().ownerId());
        Optional<SharableDevice> kind = SharableDevices.kind(session, share.get().deviceType());
        if (owner == null || !owner.isEnabled() || kind.isEmpty() || kind.get().addsUsersInApp()) {
            return Optional.empty();
        }
        return kind.get().usable(session, realm, owner)
                .filter(device -> device.getId().equals(share.get().ownerCredentialId()))
                .map(device -> new Borrowed(share.get(), owner, device, kind.get()));
    }

    /** A username as another user may see it: first and last letters, the rest hidden ({@code c***l}). */
    public static String masked(String username) {
        if (username == null || username.isEmpty()) {
            return "***";
        }
        int first = username.codePointAt(0);
        String head = new String(Character.toChars(first));
        if (username.codePointCount(0, username.length()) <= 3) {
            return head + "***";
        }
        int last = username.codePointBefore(username.length());
        return head + "***" + new String(Character.toChars(last));
    }
}
