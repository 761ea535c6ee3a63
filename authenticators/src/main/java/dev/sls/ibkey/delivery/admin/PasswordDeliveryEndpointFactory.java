package dev.sls.ibkey.delivery.admin;

import dev.sls.rest.SlsAdminContext;
import dev.sls.rest.SlsAdminEndpoint;
import dev.sls.rest.SlsAdminEndpointFactory;
import org.keycloak.models.KeycloakSession;

/**
 * Mounts {@link PasswordDeliveryAdminResource} at {@code /admin/realms/{realm}/sls/password-delivery}. How long a
 * delivered password waits is the realm attribute {@code sls.ibkey.password-delivery-lifetime} (seconds, default
 * 1800: 30 minutes), see {@link dev.sls.ibkey.delivery.PasswordDeliveryConfig}.
 */
public final class PasswordDeliveryEndpointFactory implements SlsAdminEndpointFactory {

    public static final String AREA = "password-delivery";

    @Override
    public SlsAdminEndpoint create(KeycloakSession session) {
        return PasswordDeliveryAdminResource::new;
    }

    @Override
    public String getId() {
        return AREA;
    }
}
