package dev.sls.binding.history.admin;

import dev.sls.rest.SlsAdminEndpoint;
import dev.sls.rest.SlsAdminEndpointFactory;
import org.keycloak.models.KeycloakSession;

/** Mounts {@link HistoryAdminResource} at {@code /admin/realms/{realm}/sls/history}. */
public final class HistoryAdminEndpointFactory implements SlsAdminEndpointFactory {

    public static final String AREA = "history";

    @Override
    public SlsAdminEndpoint create(KeycloakSession session) {
        return HistoryAdminResource::new;
    }

    @Override
    public String getId() {
        return AREA;
    }
}
