package dev.sls.wait;

import dev.sls.core.factory.SlsSpi;

/** Keycloak SPI {@value #NAME}: where the browsers waiting on this node are kept. */
public final class WaitRegistrySpi extends SlsSpi {

    public static final String NAME = "sls-wait";

    public WaitRegistrySpi() {
        super(NAME, WaitRegistry.class, WaitRegistryFactory.class);
    }
}
