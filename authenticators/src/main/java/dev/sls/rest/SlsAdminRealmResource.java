package dev.sls.rest;

import dev.sls.core.api.CommonErrorCode;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/**
 * {@code /admin/realms/{realm}/sls/{area}}: checks the caller once, then hands the request to the
 * {@link SlsAdminEndpoint} registered for its area.
 */
public final class SlsAdminRealmResource {

    private final SlsAdminContext context;

    SlsAdminRealmResource(SlsAdminContext context) {
        this.context = context;
    }

    @Path("{area}")
    public Object area(@PathParam("area") String area) {
        SlsAdminEndpointFactory factory = area == null || area.length() > 32 ? null
                : (SlsAdminEndpointFactory) context.session().getKeycloakSessionFactory()
                        .getProviderFactory(SlsAdminEndpoint.class, area);
        SlsAdminAccess.require(context.auth(), context.realm(),
                factory == null ? SlsAdminAccess.HELPDESK_ROLE : factory.role());
        SlsAdminEndpoint endpoint = factory == null ? null
                : context.session().getProvider(SlsAdminEndpoint.class, area);
        if (endpoint == null) {
            throw new NotFoundException(JsonResponses.error(CommonErrorCode.NOT_FOUND, "No such SLS admin endpoint."));
        }
        return endpoint.resource(context);
    }
}
