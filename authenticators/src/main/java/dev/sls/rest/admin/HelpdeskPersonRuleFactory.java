package dev.sls.rest.admin;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderFactory;

/** Factory of one {@link HelpdeskPersonRule}. */
public interface HelpdeskPersonRuleFactory extends ProviderFactory<HelpdeskPersonRule> {

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
