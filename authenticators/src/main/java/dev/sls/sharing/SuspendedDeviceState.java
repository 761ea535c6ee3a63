package dev.sls.sharing;

import dev.sls.core.device.SuspendedDevices;
import dev.sls.settings.DeviceRow;
import dev.sls.settings.DeviceStateRule;
import dev.sls.sharing.credential.SharedDeviceCredentialModel;
import java.util.List;
import java.util.Optional;
import org.keycloak.credential.CredentialModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Device sharing on the settings page's device list: the requester's own devices suspended while the share lasts, the
 * shared device named for what it is ("Shared DSC+", the owner masked) at the level of the owner's device, and a share
 * awaiting compliance approval listed as a pending device.
 */
final class SuspendedDeviceState implements DeviceStateRule {

    /** Message key prefix of a shared device's name, followed by the owner's device type. */
    static final String SHARED_NAME = "slsSharedDeviceName-";

    @Override
    public Optional<String> stateOf(KeycloakSession session, RealmModel realm, UserModel user, CredentialModel device) {
        return SuspendedDevices.isSuspended(user, device.getId()) ? Optional.of(DeviceRow.SUSPENDED_SHARED)
                : Optional.empty();
    }

    @Override
    public boolean setUpInItsBox(String credentialType) {
        return SharedDeviceCredentialModel.TYPE.equals(credentialType);
    }

    @Override
    public Optional<Shown> shown(KeycloakSession session, RealmModel realm, UserModel user, CredentialModel device) {
        if (!SharedDeviceCredentialModel.TYPE.equals(device.getType())) {
            return Optional.empty();
        }
        return Shares.of(user).filter(share -> share.state() == Share.State.APPROVED)
                .map(share -> shown(session, realm, share));
    }

    @Override
    public List<Shown> pending(KeycloakSession session, RealmModel realm, UserModel user) {
        return Shares.of(user).filter(share -> share.state() == Share.State.PENDING)
                .map(share -> List.of(shown(session, realm, share))).orElse(List.of());
    }

    private static Shown shown(KeycloakSession session, RealmModel realm, Share share) {
        UserModel owner = session.users().getUserById(realm, share.ownerId());
        return new Shown(SharedDeviceCredentialModel.TYPE, SHARED_NAME + share.deviceType(),
                SharedDevices.masked(owner == null ? null : owner.getUsername()), share.deviceType());
    }
}
