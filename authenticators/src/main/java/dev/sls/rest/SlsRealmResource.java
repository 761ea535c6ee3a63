package dev.sls.rest;

import dev.sls.core.api.CommonErrorCode;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.keycloak.models.KeycloakSession;

/** {@code /realms/{realm}/sls/{area}}: hands each request to the {@link SlsEndpoint} registered for its area. */
public final class SlsRealmResource {

    private final KeycloakSession session;

    SlsRealmResource(KeycloakSession session) {
        this.session = session;
    }

    @Path("{area}")
    public Object area(@PathParam("area") String area) {
        SlsEndpoint endpoint = area == null || area.length() > 32 ? null : session.getProvider(SlsEndpoint.class, area);
        if (endpoint == null) {
            throw new NotFoundException(JsonResponses.error(CommonErrorCode.NOT_FOUND, "No such SLS endpoint."));
        }
        return endpoint.resource();
    }
}
