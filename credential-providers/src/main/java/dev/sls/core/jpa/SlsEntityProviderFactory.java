package dev.sls.core.jpa;

import java.util.List;
import org.keycloak.Config;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProvider;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProviderFactory;
import org.keycloak.models.KeycloakSession;

/**
 * What every SLS table set says alike to Keycloak's JPA entity SPI: its id, its entities and its Liquibase changelog;
 * a factory states those and, in {@code postInit}, what happens to its rows when a realm or user goes.
 */
public abstract class SlsEntityProviderFactory implements JpaEntityProviderFactory, JpaEntityProvider {

    private final String id;
    private final String changelog;
    private final List<Class<?>> entities;

    protected SlsEntityProviderFactory(String id, String changelog, List<Class<?>> entities) {
        this.id = id;
        this.changelog = changelog;
        this.entities = List.copyOf(entities);
    }

    @Override
    public final JpaEntityProvider create(KeycloakSession session) {
        return this;
    }

    @Override
    public final List<Class<?>> getEntities() {
        return entities;
    }

    @Override
    public final String getChangelogLocation() {
        return changelog;
    }

    @Override
    public final String getFactoryId() {
        return id;
    }

    @Override
    public final String getId() {
        return id;
    }

    @Override
    public void init(Config.Scope config) {
        // no settings
    }

    @Override
    public void close() {
        // nothing held
    }
}
