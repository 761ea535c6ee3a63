package dev.sls.rest;

import dev.sls.core.factory.SlsSpi;

/** Keycloak SPI {@value #NAME}: the areas of {@code /admin/realms/{realm}/sls}. */
public final class SlsAdminEndpointSpi extends SlsSpi {

    public static final String NAME = "sls-admin-endpoint";

    public SlsAdminEndpointSpi() {
        super(NAME, SlsAdminEndpoint.class, SlsAdminEndpointFactory.class);
    }
}
