package dev.sls.settings;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderFactory;

/** Factory of one {@link SettingsSection}; sections are shown in ascending {@link #order()}. */
public interface SettingsSectionFactory extends ProviderFactory<SettingsSection> {

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
