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
import java.io.InputStream;
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
    public Response start(InputStream body) {
        return JsonResponses.handleJson(session, body, AppRegistrationRequest.class,
                request -> JsonResponses.json(201, service().start(request)));
    }

    @POST
    @Path("{registrationId}/sms")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response sendSms(@PathParam("registrationId") String registrationId, InputStream body) {
        return JsonResponses.handleJson(session, body, ActivationSmsRequest.class,
                request -> JsonResponses.json(200, service().sendSms(registrationId, request)));
    }

    @POST
    @Path("{registrationId}/code")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response redeem(@PathParam("registrationId") String registrationId, InputStream body) {
        return JsonResponses.handleJson(session, body, ActivationSmsCode.class,
                code -> JsonResponses.json(200, service().redeem(registrationId, code.code())));
    }

    private AppRegistrationService service() {
        return new AppRegistrationService(session, realm);
    }
}
