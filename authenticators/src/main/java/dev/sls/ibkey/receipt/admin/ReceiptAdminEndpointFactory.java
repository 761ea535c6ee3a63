package dev.sls.ibkey.receipt.admin;

import dev.sls.rest.SlsAdminEndpoint;
import dev.sls.rest.SlsAdminEndpointFactory;
import org.keycloak.models.KeycloakSession;

/** Mounts {@link ReceiptAdminResource} at {@code /admin/realms/{realm}/sls/receipts}. */
public final class ReceiptAdminEndpointFactory implements SlsAdminEndpointFactory {

    public static final String AREA = "receipts";

    @Override
    public SlsAdminEndpoint create(KeycloakSession session) {
        return ReceiptAdminResource::new;
    }

    @Override
    public String getId() {
        return AREA;
    }
}
