package dev.sls.dscplus.admin;

import dev.sls.rest.SlsAdminEndpoint;
import dev.sls.rest.SlsAdminEndpointFactory;
import org.keycloak.models.KeycloakSession;

/** Mounts the DSC+ inventory, {@link DscPlusAdminResource}, at {@code /admin/realms/{realm}/sls/dscplus}. */
public final class DscPlusAdminEndpointFactory implements SlsAdminEndpointFactory {

    public static final String AREA = "dscplus";

    @Override
    public SlsAdminEndpoint create(KeycloakSession session) {
        return DscPlusAdminResource::new;
    }

    @Override
    public String getId() {
        return AREA;
    }
}
