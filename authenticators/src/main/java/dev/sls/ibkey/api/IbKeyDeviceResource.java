package dev.sls.ibkey.api;

import dev.sls.ibkey.activation.ActivationService;
import dev.sls.ibkey.delivery.PasswordFetch;
import dev.sls.ibkey.protocol.IbKeyProtocol;
import dev.sls.ibkey.protocol.api.ActivationRequest;
import dev.sls.ibkey.protocol.api.DecisionRequest;
import dev.sls.ibkey.protocol.api.PushTokenUpdate;
import dev.sls.ibkey.protocol.api.SignedAction;
import dev.sls.ibkey.protocol.api.TransferAcceptRequest;
import dev.sls.ibkey.lifecycle.PhoneLifecycleService;
import dev.sls.ibkey.transfer.TransferService;
import dev.sls.ibkey.protocol.api.PasswordFetchRequest;
import dev.sls.ibkey.push.ChallengeService;
import dev.sls.ibkey.recovery.RecoveryResource;
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
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/** {@code /realms/{realm}/sls/ibkey}: what an IB Key phone calls. Documented in {@code docs/api/device-api.yaml}. */
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
        return JsonResponses.handle(session, () -> {
            ActivationService.Outcome outcome = new ActivationService(session, realm)
                    .activate(JsonResponses.read(body, ActivationRequest.class));
            return JsonResponses.json(outcome.created() ? 201 : 200, outcome.response());
        });
    }

    /** Activation without a QR code, in the app. */
    @Path("registrations")
    public AppRegistrationResource registrations() {
        return new AppRegistrationResource(session, realm);
    }

    /** "Recover setup" after a reinstall or on a new phone (F6). */
    @Path("recoveries")
    public RecoveryResource recoveries() {
        return new RecoveryResource(session, realm);
    }

    @GET
    @Path("devices/{deviceHandle}/challenges")
    @Produces(MediaType.APPLICATION_JSON)
    public Response list(@PathParam("deviceHandle") String deviceHandle,
                         @HeaderParam(IbKeyProtocol.HEADER_TIME) String time,
                         @HeaderParam(IbKeyProtocol.HEADER_NONCE) String nonce,
                         @HeaderParam(IbKeyProtocol.HEADER_SIGNATURE) String signature) {
        return JsonResponses.handle(session, () -> JsonResponses.json(200, new ChallengeService(session, realm)
                .list(deviceHandle, new ChallengeService.SignedHeaders(time, nonce, signature))));
    }

    @GET
    @Path("devices/{deviceHandle}/challenges/{challengeId}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response read(@PathParam("deviceHandle") String deviceHandle,
                         @PathParam("challengeId") String challengeId,
                         @HeaderParam(IbKeyProtocol.HEADER_TIME) String time,
                         @HeaderParam(IbKeyProtocol.HEADER_NONCE) String nonce,
                         @HeaderParam(IbKeyProtocol.HEADER_SIGNATURE) String signature) {
        return JsonResponses.handle(session, () -> JsonResponses.json(200, new ChallengeService(session, realm)
                .read(deviceHandle, challengeId, new ChallengeService.SignedHeaders(time, nonce, signature))));
    }

    @POST
    @Path("devices/{deviceHandle}/challenges/{challengeId}/decision")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response decide(@PathParam("deviceHandle") String deviceHandle,
                           @PathParam("challengeId") String challengeId, String body) {
        return JsonResponses.handle(session, () -> JsonResponses.json(200, new ChallengeService(session, realm)
                .decide(deviceHandle, challengeId, JsonResponses.read(body, DecisionRequest.class))));
    }

    /** The app's push token rotated. */
    @POST
    @Path("devices/{deviceHandle}/push-token")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response updatePushToken(@PathParam("deviceHandle") String deviceHandle, String body) {
        return JsonResponses.handle(session, () -> JsonResponses.json(200, new PhoneLifecycleService(session, realm)
                .updatePushToken(deviceHandle, JsonResponses.read(body, PushTokenUpdate.class))));
    }

    /** "Remove user" in the app. */
    @POST
    @Path("devices/{deviceHandle}/removal")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response removeUser(@PathParam("deviceHandle") String deviceHandle, String body) {
        return JsonResponses.handle(session, () -> JsonResponses.json(200, new PhoneLifecycleService(session, realm)
                .removeUser(deviceHandle, JsonResponses.read(body, SignedAction.class))));
    }

    /** The old phone offers its user to a new phone. */
    @POST
    @Path("devices/{deviceHandle}/transfer-offers")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response offerTransfer(@PathParam("deviceHandle") String deviceHandle, String body) {
        return JsonResponses.handle(session, () -> JsonResponses.json(201, new TransferService(session, realm)
                .offer(deviceHandle, JsonResponses.read(body, SignedAction.class))));
    }

    /** The new phone takes the offer with a new key. */
    @POST
    @Path("transfers")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response acceptTransfer(String body) {
        return JsonResponses.handle(session, () -> JsonResponses.json(201, new TransferService(session, realm)
                .accept(JsonResponses.read(body, TransferAcceptRequest.class))));
    }

    /** The temporary password Client Services sealed to this phone, handed out once. */
    @POST
    @Path("devices/{deviceHandle}/password-delivery")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response fetchPassword(@PathParam("deviceHandle") String deviceHandle, String body) {
        return JsonResponses.handle(session, () -> JsonResponses.json(200, new PasswordFetch(session, realm)
                .fetch(deviceHandle, JsonResponses.read(body, PasswordFetchRequest.class))));
    }

    /*
     * The device API takes JSON only: form and multipart bodies get the pack's 415. A broken multipart body never gets
     * here: Keycloak's REST layer parses multipart for every endpoint before matching and answers 500 itself, which
     * no @Consumes can prevent (declaring these endpoints application/json only turns every other type into a 500 too);
     * documented in the device API as Keycloak's own.
     */
    @POST
    @Path("activations")
    @Consumes({MediaType.MULTIPART_FORM_DATA, MediaType.APPLICATION_FORM_URLENCODED})
    @Produces(MediaType.APPLICATION_JSON)
    public Response activateWithForm() {
        return JsonResponses.jsonOnly();
    }

    @POST
    @Path("devices/{deviceHandle}/challenges/{challengeId}/decision")
    @Consumes({MediaType.MULTIPART_FORM_DATA, MediaType.APPLICATION_FORM_URLENCODED})
    @Produces(MediaType.APPLICATION_JSON)
    public Response decideWithForm() {
        return JsonResponses.jsonOnly();
    }

    @POST
    @Path("devices/{deviceHandle}/push-token")
    @Consumes({MediaType.MULTIPART_FORM_DATA, MediaType.APPLICATION_FORM_URLENCODED})
    @Produces(MediaType.APPLICATION_JSON)
    public Response updatePushTokenWithForm() {
        return JsonResponses.jsonOnly();
    }

    @POST
    @Path("devices/{deviceHandle}/removal")
    @Consumes({MediaType.MULTIPART_FORM_DATA, MediaType.APPLICATION_FORM_URLENCODED})
    @Produces(MediaType.APPLICATION_JSON)
    public Response removeUserWithForm() {
        return JsonResponses.jsonOnly();
    }

    @POST
    @Path("devices/{deviceHandle}/transfer-offers")
    @Consumes({MediaType.MULTIPART_FORM_DATA, MediaType.APPLICATION_FORM_URLENCODED})
    @Produces(MediaType.APPLICATION_JSON)
    public Response offerTransferWithForm() {
        return JsonResponses.jsonOnly();
    }

    @POST
    @Path("transfers")
    @Consumes({MediaType.MULTIPART_FORM_DATA, MediaType.APPLICATION_FORM_URLENCODED})
    @Produces(MediaType.APPLICATION_JSON)
    public Response acceptTransferWithForm() {
        return JsonResponses.jsonOnly();
    }

    @POST
    @Path("devices/{deviceHandle}/password-delivery")
    @Consumes({MediaType.MULTIPART_FORM_DATA, MediaType.APPLICATION_FORM_URLENCODED})
    @Produces(MediaType.APPLICATION_JSON)
    public Response fetchPasswordWithForm() {
        return JsonResponses.jsonOnly();
    }
}
