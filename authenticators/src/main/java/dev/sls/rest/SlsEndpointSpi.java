package dev.sls.rest;

import dev.sls.core.factory.SlsSpi;

/** Keycloak SPI {@value #NAME}: the areas of {@code /realms/{realm}/sls}. */
public final class SlsEndpointSpi extends SlsSpi {

    public static final String NAME = "sls-endpoint";

    public SlsEndpointSpi() {
        super(NAME, SlsEndpoint.class, SlsEndpointFactory.class);
    }
}
