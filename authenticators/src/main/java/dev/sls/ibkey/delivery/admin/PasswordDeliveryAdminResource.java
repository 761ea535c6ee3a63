package dev.sls.ibkey.delivery.admin;

import dev.sls.ibkey.delivery.PasswordDeliveries;
import dev.sls.ibkey.delivery.PasswordReset;
import dev.sls.ibkey.delivery.admin.dto.PasswordDeliveryView;
import dev.sls.ibkey.device.IbKeyDevices;
import dev.sls.rest.ApiException;
import dev.sls.rest.JsonResponses;
import dev.sls.rest.SlsAdminCall;
import dev.sls.rest.SlsAdminContext;
import dev.sls.rest.SlsAdminContext.AuditedAnswer;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.keycloak.common.util.Time;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.UserModel;

/**
 * {@code /admin/realms/{realm}/sls/password-delivery/users/{user}}: Client Services resets a person's password to a
 * temporary one the server generates and delivers it sealed to the person's IB Key app (seeds: "Secure delivery for
 * your Password Reset"). Neither answer nor admin event ever holds the password: the helpdesk sees only the state.
 */
public final class PasswordDeliveryAdminResource {

    static final String RESOURCE = "SLS_PASSWORD_DELIVERY";
    private static final PasswordReset.Refusals REFUSALS = new PasswordReset.Refusals(
            PasswordDeliveryErrorCode.NO_APP_TO_DELIVER_TO, PasswordDeliveryErrorCode.PASSWORD_POLICY_REFUSES);

    private final SlsAdminContext context;

    PasswordDeliveryAdminResource(SlsAdminContext context) {
        this.context = context;
    }

    @POST
    @Path("users/{user}")
    @Produces(MediaType.APPLICATION_JSON)
    @SlsAdminCall(response = PasswordDeliveryView.class)
    public Response deliver(@PathParam("user") String idOrUsername) {
        return context.audited(RESOURCE, OperationType.CREATE, path(idOrUsername), () -> {
            UserModel user = context.targetUser(idOrUsername);
            PasswordDeliveries.Delivery delivery = new PasswordReset(context.session(), context.realm())
                    .deliver(user, context.actor(), REFUSALS);
            PasswordDeliveryView view = view(user, new PasswordDeliveries.Status(delivery,
                    PasswordDeliveries.State.WAITING, null));
            return new AuditedAnswer(JsonResponses.json(201, view), Map.of("userId", user.getId(),
                    "deliveryId", view.deliveryId(), "state", view.state(), "expiresAt", view.expiresAt()));
        });
    }

    @GET
    @Path("users/{user}")
    @Produces(MediaType.APPLICATION_JSON)
    @SlsAdminCall(response = PasswordDeliveryView.class)
    public Response show(@PathParam("user") String idOrUsername) {
        return context.audited(RESOURCE, OperationType.ACTION, path(idOrUsername), () -> {
            UserModel user = context.targetUser(idOrUsername);
            PasswordDeliveries.Status status = new PasswordDeliveries(context.session())
                    .status(context.realm().getId(), user.getId(), Time.currentTime())
                    .orElseThrow(() -> new ApiException(PasswordDeliveryErrorCode.NO_PASSWORD_DELIVERY,
                            "No password was delivered to this person's app (or its record is gone, a day after it"
                                    + " expired)."));
            return new AuditedAnswer(JsonResponses.json(200, view(user, status)), Map.of("userId", user.getId()));
        });
    }

    private PasswordDeliveryView view(UserModel user, PasswordDeliveries.Status status) {
        PasswordDeliveries.Delivery d = status.delivery();
        String deviceName = IbKeyDevices.provider(context.session()).active(user)
                .filter(key -> key.getId().equals(d.credentialId())).map(key -> key.data().getDeviceName())
                .orElse(null);
        return new PasswordDeliveryView(d.id(), status.state().name().toLowerCase(Locale.ROOT), iso(d.createdAt()),
                iso(d.expiresAt()), status.fetchedAt() == null ? null : iso(status.fetchedAt()), d.issuedBy(),
                deviceName);
    }

    private static String iso(long epochSeconds) {
        return Instant.ofEpochSecond(epochSeconds).toString();
    }

    private static String path(String idOrUsername) {
        return PasswordDeliveryEndpointFactory.AREA + "/users/" + SlsAdminContext.pathPart(idOrUsername);
    }
}
