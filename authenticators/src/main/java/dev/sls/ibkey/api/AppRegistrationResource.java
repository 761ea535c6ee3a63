package dev.sls.ibkey.api;

import dev.sls.ibkey.protocol.api.ActivationSmsCode;
import dev.sls.ibkey.protocol.api.ActivationSmsRequest;
import dev.sls.ibkey.protocol.api.AppRegistrationRequest;
import dev.sls.ibkey.registration.AppRegistrationService;
import dev.sls.rest.JsonResponses;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * {@code /registrations}: activating IB Key in the app without a QR code — username and password, an activation code
 * by SMS, then the usual {@code POST /activations}.
 */
public final class AppRegistrationResource {


    private final KeycloakSession session;
    private final RealmModel realm;

    AppRegistrationResource(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response start(String body) {
        return JsonResponses.handle(session, () -> JsonResponses.json(201, service()
                .start(JsonResponses.read(body, AppRegistrationRequest.class))));
    }

    @POST
    @Path("{registrationId}/sms")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response sendSms(@PathParam("registrationId") String registrationId, String body) {
        return JsonResponses.handle(session, () -> JsonResponses.json(200, service()
                .sendSms(registrationId, JsonResponses.read(body, ActivationSmsRequest.class))));
    }

    @POST
    @Path("{registrationId}/code")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response redeem(@PathParam("registrationId") String registrationId, String body) {
        return JsonResponses.handle(session, () -> JsonResponses.json(200, service()
                .redeem(registrationId, JsonResponses.read(body, ActivationSmsCode.class).code())));
    }

    // Form and multipart bodies are answered before anything parses them: JSON only.
    @POST
    @Consumes({MediaType.MULTIPART_FORM_DATA, MediaType.APPLICATION_FORM_URLENCODED})
    @Produces(MediaType.APPLICATION_JSON)
    public Response startWithForm() {
        return JsonResponses.jsonOnly();
    }

    @POST
    @Path("{registrationId}/sms")
    @Consumes({MediaType.MULTIPART_FORM_DATA, MediaType.APPLICATION_FORM_URLENCODED})
    @Produces(MediaType.APPLICATION_JSON)
    public Response sendSmsWithForm() {
        return JsonResponses.jsonOnly();
    }

    @POST
    @Path("{registrationId}/code")
    @Consumes({MediaType.MULTIPART_FORM_DATA, MediaType.APPLICATION_FORM_URLENCODED})
    @Produces(MediaType.APPLICATION_JSON)
    public Response redeemWithForm() {
        return JsonResponses.jsonOnly();
    }

    private AppRegistrationService service() {
        return new AppRegistrationService(session, realm);
    }
}
