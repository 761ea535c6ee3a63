package dev.sls.ibkey.recovery;

import dev.sls.ibkey.protocol.api.RecoveryProof;
import dev.sls.ibkey.protocol.api.RecoveryRequest;
import dev.sls.rest.JsonResponses;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/** {@code /realms/{realm}/sls/ibkey/recoveries}: "Recover setup", unauthenticated (the app has no key yet). */
public final class RecoveryResource {

    private final KeycloakSession session;
    private final RealmModel realm;

    public RecoveryResource(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response start(InputStream body) {
        return JsonResponses.handleJson(session, body, RecoveryRequest.class, request -> JsonResponses.json(201,
                new RecoveryService(session, realm).start(request)));
    }

    @POST
    @Path("{recoveryId}/proof")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response prove(@PathParam("recoveryId") String recoveryId, InputStream body) {
        return JsonResponses.handleJson(session, body, RecoveryProof.class, proof -> JsonResponses.json(200,
                new RecoveryService(session, realm).prove(recoveryId, proof)));
    }
}
