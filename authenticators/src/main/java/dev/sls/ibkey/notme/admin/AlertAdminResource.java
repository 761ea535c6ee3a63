package dev.sls.ibkey.notme.admin;

import dev.sls.core.signing.DeviceMessage;
import dev.sls.ibkey.notme.PushStop;
import dev.sls.ibkey.notme.admin.dto.NotMeAlert;
import dev.sls.ibkey.notme.admin.dto.NotMeAlerts;
import dev.sls.ibkey.receipt.ReceiptEntity;
import dev.sls.ibkey.receipt.ReceiptStore;
import dev.sls.ibkey.receipt.Receipts;
import dev.sls.rest.JsonResponses;
import dev.sls.rest.SlsAdminCall;
import dev.sls.rest.SlsAdminContext;
import dev.sls.rest.SlsAdminContext.AuditedAnswer;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Map;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.UserModel;

/**
 * {@code GET /admin/realms/{realm}/sls/alerts/users/{user}}: the logins a person's phone refused with "I did not start
 * this" (kept as long as their signed receipts) and whether pushes to the person are stopped now.
 */
public final class AlertAdminResource {

    static final String RESOURCE = "SLS_NOT_ME_ALERT";
    private static final int LISTED = 100;

    private final SlsAdminContext context;

    public AlertAdminResource(SlsAdminContext context) {
        this.context = context;
    }

    @GET
    @Path("users/{user}")
    @Produces(MediaType.APPLICATION_JSON)
    @SlsAdminCall(response = NotMeAlerts.class)
    public Response alerts(@PathParam("user") String idOrUsername) {
        String path = "alerts/users/" + SlsAdminContext.pathPart(idOrUsername);
        return context.audited(RESOURCE, OperationType.ACTION, path, () -> {
            UserModel user = context.targetUser(idOrUsername);
            NotMeAlerts alerts = new NotMeAlerts(user.getId(), user.getUsername(),
                    new PushStop(context.session()).stoppedUntil(user.getId()).map(Instant::toString).orElse(null),
                    new ReceiptStore(context.session()).ofUser(context.realm().getId(), user.getId(),
                            Receipts.OUTCOME_NOT_ME, LISTED).stream().map(AlertAdminResource::alert).toList());
            return new AuditedAnswer(JsonResponses.json(200, alerts), Map.of("alerts", alerts.alerts().size()));
        });
    }

    private static NotMeAlert alert(ReceiptEntity r) {
        Map<String, String> signed;
        try {
            signed = DeviceMessage.parse(r.getMessage()).extras();
        } catch (IllegalArgumentException e) {
            signed = Map.of();
        }
        return new NotMeAlert(r.getId(), Instant.ofEpochMilli(r.getRecordedAt()).toString(), r.getDeviceId(),
                r.getClientId(), r.getClientName(), r.getIpAddress(), r.getUserAgent(), signed.get("amount"),
                signed.get("payee"));
    }
}
