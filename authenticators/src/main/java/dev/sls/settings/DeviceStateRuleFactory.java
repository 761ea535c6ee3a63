package dev.sls.settings;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderFactory;

/** Factory of one {@link DeviceStateRule}. */
public interface DeviceStateRuleFactory extends ProviderFactory<DeviceStateRule> {

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
