package dev.sls.binding.history.admin;

import dev.sls.binding.history.DeviceHistory;
import dev.sls.binding.history.HistoryEntry;
import dev.sls.binding.history.PastDevice;
import dev.sls.binding.history.admin.dto.DeviceHistoryView;
import dev.sls.binding.history.admin.dto.HistoryLine;
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
import java.util.List;
import java.util.Map;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.UserModel;

/** {@code GET /admin/realms/{realm}/sls/history/users/{user}}: every device the person ever had, newest first. */
public final class HistoryAdminResource {

    static final String RESOURCE = "SLS_DEVICE_HISTORY";

    private final SlsAdminContext context;

    public HistoryAdminResource(SlsAdminContext context) {
        this.context = context;
    }

    @GET
    @Path("users/{user}")
    @Produces(MediaType.APPLICATION_JSON)
    @SlsAdminCall(response = DeviceHistoryView.class)
    public Response show(@PathParam("user") String idOrUsername) {
        String path = "history/users/" + SlsAdminContext.pathPart(idOrUsername);
        return context.audited(RESOURCE, OperationType.ACTION, path, () -> {
            UserModel user = context.targetUser(idOrUsername);
            List<HistoryLine> lines = DeviceHistory.read(context.session(), context.realm(), user).stream()
                    .map(HistoryAdminResource::line).toList();
            DeviceHistoryView view = new DeviceHistoryView(user.getId(), lines, DeviceHistory.MAX_PER_USER,
                    DeviceHistory.RETENTION.toDays());
            return new AuditedAnswer(JsonResponses.json(200, view), Map.of("userId", user.getId()));
        });
    }

    private static HistoryLine line(PastDevice past) {
        HistoryEntry entry = past.entry();
        return new HistoryLine(past.at().toString(), entry.event().wire(), entry.deviceType(), entry.label(),
                entry.proof(), entry.credentialId(), entry.publicKey(), entry.actor());
    }
}
