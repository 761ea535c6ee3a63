package dev.sls.console;

import org.keycloak.models.KeycloakSession;
import org.keycloak.services.resource.RealmResourceProvider;

final class ConsoleResourceProvider implements RealmResourceProvider {

    private final KeycloakSession session;

    ConsoleResourceProvider(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public Object getResource() {
        return new ConsoleResource(session);
    }

    @Override
    public void close() {
        // nothing held
    }
}
