package dev.sls.sharing;

import dev.sls.settings.DeviceStateRule;
import dev.sls.settings.DeviceStateRuleFactory;
import org.keycloak.models.KeycloakSession;

/** Registers {@link SuspendedDeviceState} with the settings page. */
public final class SuspendedDeviceStateFactory implements DeviceStateRuleFactory {

    private static final DeviceStateRule RULE = new SuspendedDeviceState();

    @Override
    public DeviceStateRule create(KeycloakSession session) {
        return RULE;
    }

    @Override
    public String getId() {
        return "sls-sharing-suspended";
    }
}
