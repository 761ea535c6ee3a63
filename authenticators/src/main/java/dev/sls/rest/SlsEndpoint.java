package dev.sls.rest;

import org.keycloak.provider.Provider;

/**
 * One area of the pack's REST API, mounted at {@code /realms/{realm}/sls/<id of its factory>} (see
 * {@link SlsEndpointFactory}). Devices add their endpoints this way without the root knowing them.
 */
public interface SlsEndpoint extends Provider {

    /** The JAX-RS resource that serves this area for the current request. */
    Object resource();

    @Override
    default void close() {
        // endpoints hold nothing per session
    }
}
