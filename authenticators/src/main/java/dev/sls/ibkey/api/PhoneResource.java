package dev.sls.ibkey.api;

import dev.sls.ibkey.delivery.PasswordFetch;
import dev.sls.ibkey.lifecycle.PhoneLifecycleService;
import dev.sls.ibkey.protocol.IbKeyProtocol;
import dev.sls.ibkey.protocol.api.DecisionRequest;
import dev.sls.ibkey.protocol.api.PasswordFetchRequest;
import dev.sls.ibkey.protocol.api.PushTokenUpdate;
import dev.sls.ibkey.protocol.api.SignedAction;
import dev.sls.ibkey.push.ChallengeService;
import dev.sls.ibkey.transfer.TransferService;
import dev.sls.rest.JsonResponses;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * {@code /realms/{realm}/sls/ibkey/devices/{deviceHandle}}: what an activated phone calls, every request signed by
 * its device key. The normal push login is one request, the decision; the list and read calls serve apps that poll
 * or catch up.
 */
public final class PhoneResource {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final String handle;

    PhoneResource(KeycloakSession session, RealmModel realm, String handle) {
        this.session = session;
        this.realm = realm;
        this.handle = handle;
    }

    @GET
    @Path("challenges")
    @Produces(MediaType.APPLICATION_JSON)
    public Response list(@HeaderParam(IbKeyProtocol.HEADER_TIME) String time,
                         @HeaderParam(IbKeyProtocol.HEADER_NONCE) String nonce,
                         @HeaderParam(IbKeyProtocol.HEADER_SIGNATURE) String signature) {
        return JsonResponses.handle(session, () -> JsonResponses.json(200, challenges()
                .list(handle, new ChallengeService.SignedHeaders(time, nonce, signature))));
    }

    @GET
    @Path("challenges/{challengeId}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response read(@PathParam("challengeId") String challengeId,
                         @HeaderParam(IbKeyProtocol.HEADER_TIME) String time,
                         @HeaderParam(IbKeyProtocol.HEADER_NONCE) String nonce,
                         @HeaderParam(IbKeyProtocol.HEADER_SIGNATURE) String signature) {
        return JsonResponses.handle(session, () -> JsonResponses.json(200, challenges()
                .read(handle, challengeId, new ChallengeService.SignedHeaders(time, nonce, signature))));
    }

    @POST
    @Path("challenges/{challengeId}/decision")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response decide(@PathParam("challengeId") String challengeId, InputStream body) {
        return JsonResponses.handleJson(session, body, DecisionRequest.class,
                decision -> JsonResponses.json(200, challenges().decide(handle, challengeId, decision)));
    }

    /** The app's push token rotated. */
    @POST
    @Path("push-token")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response updatePushToken(InputStream body) {
        return JsonResponses.handleJson(session, body, PushTokenUpdate.class,
                update -> JsonResponses.json(200, lifecycle().updatePushToken(handle, update)));
    }

    /** "Remove user" in the app. */
    @POST
    @Path("removal")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response removeUser(InputStream body) {
        return JsonResponses.handleJson(session, body, SignedAction.class,
                action -> JsonResponses.json(200, lifecycle().removeUser(handle, action)));
    }

    /** The old phone offers its user to a new phone. */
    @POST
    @Path("transfer-offers")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response offerTransfer(InputStream body) {
        return JsonResponses.handleJson(session, body, SignedAction.class,
                action -> JsonResponses.json(201, new TransferService(session, realm).offer(handle, action)));
    }

    /** The temporary password Client Services sealed to this phone, handed out once. */
    @POST
    @Path("password-delivery")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response fetchPassword(InputStream body) {
        return JsonResponses.handleJson(session, body, PasswordFetchRequest.class,
                request -> JsonResponses.json(200, new PasswordFetch(session, realm).fetch(handle, request)));
    }

    private ChallengeService challenges() {
        return new ChallengeService(session, realm);
    }

    private PhoneLifecycleService lifecycle() {
        return new PhoneLifecycleService(session, realm);
    }
}
