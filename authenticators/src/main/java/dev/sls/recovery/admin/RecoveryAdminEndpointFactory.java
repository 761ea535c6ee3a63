package dev.sls.recovery.admin;

import dev.sls.rest.SlsAdminEndpoint;
import dev.sls.rest.SlsAdminEndpointFactory;
import org.keycloak.models.KeycloakSession;

/** Mounts {@link RecoveryAdminResource} at {@code /admin/realms/{realm}/sls/recovery}. */
public final class RecoveryAdminEndpointFactory implements SlsAdminEndpointFactory {

    public static final String AREA = "recovery";

    @Override
    public SlsAdminEndpoint create(KeycloakSession session) {
        return RecoveryAdminResource::new;
    }

    @Override
    public String getId() {
        return AREA;
    }
}
