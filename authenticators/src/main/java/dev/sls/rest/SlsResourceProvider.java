package dev.sls.rest;

import org.keycloak.models.KeycloakSession;
import org.keycloak.services.resource.RealmResourceProvider;

final class SlsResourceProvider implements RealmResourceProvider {

    private final KeycloakSession session;

    SlsResourceProvider(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public Object getResource() {
        return new SlsRealmResource(session);
    }

    @Override
    public void close() {
        // nothing held
    }
}
