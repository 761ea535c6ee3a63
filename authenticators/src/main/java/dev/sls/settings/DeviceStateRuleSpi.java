package dev.sls.settings;

import dev.sls.core.factory.SlsSpi;

/** Keycloak SPI {@value #NAME}: what capabilities say about the state of a person's devices on the settings page. */
public final class DeviceStateRuleSpi extends SlsSpi {

    public static final String NAME = "sls-settings-device-state";

    public DeviceStateRuleSpi() {
        super(NAME, DeviceStateRule.class, DeviceStateRuleFactory.class);
    }
}
