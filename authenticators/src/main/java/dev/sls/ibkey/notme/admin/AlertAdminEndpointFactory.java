package dev.sls.ibkey.notme.admin;

import dev.sls.rest.SlsAdminEndpoint;
import dev.sls.rest.SlsAdminEndpointFactory;
import org.keycloak.models.KeycloakSession;

/** Mounts {@link AlertAdminResource} at {@code /admin/realms/{realm}/sls/alerts}. */
public final class AlertAdminEndpointFactory implements SlsAdminEndpointFactory {

    public static final String AREA = "alerts";

    @Override
    public SlsAdminEndpoint create(KeycloakSession session) {
        return AlertAdminResource::new;
    }

    @Override
    public String getId() {
        return AREA;
    }
}
