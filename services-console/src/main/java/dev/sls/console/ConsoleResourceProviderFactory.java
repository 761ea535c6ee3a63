package dev.sls.console;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.services.resource.RealmResourceProvider;
import org.keycloak.services.resource.RealmResourceProviderFactory;

/** Mounts the Client Services console at {@code /realms/{realm}/}{@value #ID}{@code /}. */
public final class ConsoleResourceProviderFactory implements RealmResourceProviderFactory {

    public static final String ID = "sls-console";

    @Override
    public RealmResourceProvider create(KeycloakSession session) {
        return new ConsoleResourceProvider(session);
    }

    @Override
    public void init(Config.Scope config) {
        // no server-wide settings
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        // nothing to wire
    }

    @Override
    public void close() {
        // nothing held
    }

    @Override
    public String getId() {
        return ID;
    }
}
