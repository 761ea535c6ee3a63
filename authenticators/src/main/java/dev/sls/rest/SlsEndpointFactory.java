package dev.sls.rest;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderFactory;

/** Factory of one {@link SlsEndpoint}; its id is the path segment below {@code /realms/{realm}/sls/}. */
public interface SlsEndpointFactory extends ProviderFactory<SlsEndpoint> {

    @Override
    default void init(Config.Scope config) {
        // no server-wide settings
    }

    @Override
    default void postInit(KeycloakSessionFactory factory) {
        // nothing to wire
    }

    @Override
    default void close() {
        // nothing held
    }
}
