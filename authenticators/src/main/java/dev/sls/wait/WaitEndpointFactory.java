package dev.sls.wait;

import dev.sls.rest.SlsEndpoint;
import dev.sls.rest.SlsEndpointFactory;
import org.keycloak.models.KeycloakSession;

/** Mounts {@link WaitResource} at {@code /realms/{realm}/sls/}{@value #AREA}. */
public final class WaitEndpointFactory implements SlsEndpointFactory {

    public static final String AREA = "wait";

    @Override
    public SlsEndpoint create(KeycloakSession session) {
        return () -> new WaitResource(session);
    }

    @Override
    public String getId() {
        return AREA;
    }
}
