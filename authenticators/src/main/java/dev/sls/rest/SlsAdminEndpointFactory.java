package dev.sls.rest;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderFactory;

/** Factory of one {@link SlsAdminEndpoint}; its id is the path segment below {@code /admin/realms/{realm}/sls/}. */
public interface SlsAdminEndpointFactory extends ProviderFactory<SlsAdminEndpoint> {

    /** The realm role that admits a caller without manage-users to this area: the helpdesk's, unless it says. */
    default String role() {
        return SlsAdminAccess.HELPDESK_ROLE;
    }

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
