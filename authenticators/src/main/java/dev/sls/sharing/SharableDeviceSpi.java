package dev.sls.sharing;

import dev.sls.core.factory.SlsSpi;

/** Keycloak SPI {@value #NAME}: the physical devices that take part in device sharing ({@link SharableDevice}). */
public final class SharableDeviceSpi extends SlsSpi {

    public static final String NAME = "sls-sharable-device";

    public SharableDeviceSpi() {
        super(NAME, SharableDevice.class, SharableDeviceFactory.class);
    }
}
