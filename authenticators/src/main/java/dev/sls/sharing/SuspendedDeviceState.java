package dev.sls.sharing;

import dev.sls.core.device.SuspendedDevices;
import dev.sls.settings.DeviceRow;
import dev.sls.settings.DeviceStateRule;
import java.util.Optional;
import org.keycloak.credential.CredentialModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/** The settings page shows a device suspended while its person logs in with another username's shared device. */
final class SuspendedDeviceState implements DeviceStateRule {

    @Override
    public Optional<String> stateOf(KeycloakSession session, RealmModel realm, UserModel user, CredentialModel device) {
        return SuspendedDevices.isSuspended(user, device.getId()) ? Optional.of(DeviceRow.SUSPENDED_SHARED)
                : Optional.empty();
    }
}
