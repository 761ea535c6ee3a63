package dev.sls.rest;

import dev.sls.rest.admin.dto.DeviceState;
import java.util.List;
import org.keycloak.models.UserModel;
import org.keycloak.provider.Provider;

/**
 * One area of the pack's admin REST API, mounted at {@code /admin/realms/{realm}/sls/<id of its factory>} (see
 * {@link SlsAdminEndpointFactory}). The root has already checked that the caller may use the SLS admin API.
 */
public interface SlsAdminEndpoint extends Provider {

    /** The JAX-RS resource that serves this area for the current request. */
    Object resource(SlsAdminContext context);

    /**
     * How the person's devices this area manages stand, for the helpdesk's user search (e.g. a DSC+ card assigned,
     * active or blocked; a temporary access expired). Types no area speaks for are listed as {@code active}.
     */
    default List<DeviceState> deviceStates(SlsAdminContext context, UserModel user) {
        return List.of();
    }

    @Override
    default void close() {
        // endpoints hold nothing per session
    }
}
