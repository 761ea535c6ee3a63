package dev.sls.rest.admin;

import dev.sls.rest.SlsAdminEndpoint;
import dev.sls.rest.SlsAdminEndpointFactory;
import org.keycloak.models.KeycloakSession;

/** Mounts a person's recent SLS events, {@link UserEventsResource}, at {@code /admin/realms/{realm}/sls/events}. */
public final class UserEventsEndpointFactory implements SlsAdminEndpointFactory {

    public static final String AREA = "events";

    @Override
    public SlsAdminEndpoint create(KeycloakSession session) {
        return UserEventsResource::new;
    }

    @Override
    public String getId() {
        return AREA;
    }
}
