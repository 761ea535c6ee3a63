package dev.sls.withdrawal.admin;

import dev.sls.rest.SlsAdminEndpoint;
import dev.sls.rest.SlsAdminEndpointFactory;
import org.keycloak.models.KeycloakSession;

/** Mounts {@link WithdrawalAdminResource} at {@code /admin/realms/{realm}/sls/withdrawal}. */
public final class WithdrawalAdminEndpointFactory implements SlsAdminEndpointFactory {

    public static final String AREA = "withdrawal";

    @Override
    public SlsAdminEndpoint create(KeycloakSession session) {
        return WithdrawalAdminResource::new;
    }

    @Override
    public String getId() {
        return AREA;
    }
}
