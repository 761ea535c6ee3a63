package dev.sls.rest;

import org.keycloak.provider.Provider;

/**
 * One area of the pack's admin REST API, mounted at {@code /admin/realms/{realm}/sls/<id of its factory>} (see
 * {@link SlsAdminEndpointFactory}). The root has already checked that the caller may use the SLS admin API.
 */
public interface SlsAdminEndpoint extends Provider {

    /** The JAX-RS resource that serves this area for the current request. */
    Object resource(SlsAdminContext context);

    @Override
    default void close() {
        // endpoints hold nothing per session
    }
}
