package dev.sls.binding.admin;

import dev.sls.rest.SlsAdminEndpoint;
import dev.sls.rest.SlsAdminEndpointFactory;
import org.keycloak.models.KeycloakSession;

/** Mounts {@link EnrolmentResetResource} at {@code /admin/realms/{realm}/sls/enrolment}. */
public final class EnrolmentResetEndpointFactory implements SlsAdminEndpointFactory {

    public static final String AREA = "enrolment";

    @Override
    public SlsAdminEndpoint create(KeycloakSession session) {
        return EnrolmentResetResource::new;
    }

    @Override
    public String getId() {
        return AREA;
    }
}
