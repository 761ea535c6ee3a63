package dev.sls.api;

import dev.sls.ibkey.ActivationService;
import dev.sls.ibkey.ChallengeService;
import dev.sls.protocol.ibkey.IbKeyProtocol;
import dev.sls.protocol.ibkey.api.ActivationRequest;
import dev.sls.protocol.ibkey.api.DecisionRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/** {@code /realms/{realm}/sls/ibkey}: what an IB Key phone calls. Documented in {@code docs/ibkey-device-api.yaml}. */
public final class IbKeyDeviceResource {

    private final KeycloakSession session;
    private final RealmModel realm;

    IbKeyDeviceResource(KeycloakSession session) {
        this.session = session;
        this.realm = session.getContext().getRealm();
    }

    @POST
    @Path("activations")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response activate(String body) {
        return ApiResponses.handle(session, () -> {
            ActivationService.Outcome outcome = new ActivationService(session, realm)
                    .activate(ApiResponses.read(body, ActivationRequest.class));
            return ApiResponses.json(outcome.created() ? 201 : 200, outcome.response());
        });
    }

    @GET
    @Path("devices/{credentialId}/challenges")
    @Produces(MediaType.APPLICATION_JSON)
    public Response list(@PathParam("credentialId") String credentialId,
                         @HeaderParam(IbKeyProtocol.HEADER_TIME) String time,
                         @HeaderParam(IbKeyProtocol.HEADER_NONCE) String nonce,
                         @HeaderParam(IbKeyProtocol.HEADER_SIGNATURE) String signature) {
        return ApiResponses.handle(session, () -> ApiResponses.json(200, new ChallengeService(session, realm)
                .list(credentialId, new ChallengeService.SignedHeaders(time, nonce, signature))));
    }

    @GET
    @Path("devices/{credentialId}/challenges/{challengeId}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response read(@PathParam("credentialId") String credentialId,
                         @PathParam("challengeId") String challengeId,
                         @HeaderParam(IbKeyProtocol.HEADER_TIME) String time,
                         @HeaderParam(IbKeyProtocol.HEADER_NONCE) String nonce,
                         @HeaderParam(IbKeyProtocol.HEADER_SIGNATURE) String signature) {
        return ApiResponses.handle(session, () -> ApiResponses.json(200, new ChallengeService(session, realm)
                .read(credentialId, challengeId, new ChallengeService.SignedHeaders(time, nonce, signature))));
    }

    @POST
    @Path("devices/{credentialId}/challenges/{challengeId}/decision")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response decide(@PathParam("credentialId") String credentialId,
                           @PathParam("challengeId") String challengeId, String body) {
        return ApiResponses.handle(session, () -> ApiResponses.json(200, new ChallengeService(session, realm)
                .decide(credentialId, challengeId, ApiResponses.read(body, DecisionRequest.class))));
    }
}
