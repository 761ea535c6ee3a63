package dev.sls.chooser;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderFactory;

/**
 * Factory of one {@link DeviceAllowance}. Rules are asked in descending {@link #order()}; the first refusal is the
 * one the person reads.
 */
public interface DeviceAllowanceFactory extends ProviderFactory<DeviceAllowance> {

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
