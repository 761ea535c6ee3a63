package dev.sls.ibkey.api;

import dev.sls.ibkey.activation.ActivationService;
import dev.sls.ibkey.protocol.api.ActivationRequest;
import dev.sls.ibkey.protocol.api.TransferAcceptRequest;
import dev.sls.ibkey.recovery.RecoveryResource;
import dev.sls.ibkey.transfer.TransferService;
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

/**
 * {@code /realms/{realm}/sls/ibkey}: what an IB Key phone calls before it has a handle (activation, registration,
 * recovery, taking a transfer); what an activated phone calls is {@link PhoneResource}. Documented in
 * {@code docs/api/device-api.yaml}. Every body is JSON: a form or multipart body gets the pack's 415
 * ({@link JsonResponses#handleJson}).
 */
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
    public Response activate(InputStream body) {
        return JsonResponses.handleJson(session, body, ActivationRequest.class, request -> {
            ActivationService.Outcome outcome = new ActivationService(session, realm).activate(request);
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

    /** The new phone takes the offer with a new key. */
    @POST
    @Path("transfers")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response acceptTransfer(InputStream body) {
        return JsonResponses.handleJson(session, body, TransferAcceptRequest.class,
                request -> JsonResponses.json(201, new TransferService(session, realm).accept(request)));
    }

    /** What an activated phone calls, each request signed by its key. */
    @Path("devices/{deviceHandle}")
    public PhoneResource device(@PathParam("deviceHandle") String deviceHandle) {
        return new PhoneResource(session, realm, deviceHandle);
    }
}
