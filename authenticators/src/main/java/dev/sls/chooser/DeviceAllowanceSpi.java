package dev.sls.chooser;

import dev.sls.core.factory.SlsSpi;

/** Keycloak SPI {@value #NAME}: the rules that grey a device in the chooser ({@link DeviceAllowance}). */
public final class DeviceAllowanceSpi extends SlsSpi {

    public static final String NAME = "sls-device-allowance";

    public DeviceAllowanceSpi() {
        super(NAME, DeviceAllowance.class, DeviceAllowanceFactory.class);
    }
}
