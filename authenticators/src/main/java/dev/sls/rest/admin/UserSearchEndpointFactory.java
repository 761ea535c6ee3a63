package dev.sls.rest.admin;

import dev.sls.rest.SlsAdminEndpoint;
import dev.sls.rest.SlsAdminEndpointFactory;
import org.keycloak.models.KeycloakSession;

/** Mounts the helpdesk's user search, {@link UserSearchResource}, at {@code /admin/realms/{realm}/sls/users}. */
public final class UserSearchEndpointFactory implements SlsAdminEndpointFactory {

    public static final String AREA = "users";

    @Override
    public SlsAdminEndpoint create(KeycloakSession session) {
        return UserSearchResource::new;
    }

    @Override
    public String getId() {
        return AREA;
    }
}
