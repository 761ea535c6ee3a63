package dev.sls.recovery.admin;

import dev.sls.recovery.RecoveryPinGuard;
import dev.sls.recovery.admin.dto.RecoveryPinState;
import dev.sls.rest.JsonResponses;
import dev.sls.rest.SlsAdminCall;
import dev.sls.rest.SlsAdminContext;
import dev.sls.rest.SlsAdminContext.AuditedAnswer;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.UserModel;

/**
 * {@code /admin/realms/{realm}/sls/recovery/users/{user}/pin}: how many wrong recovery PINs in a row the person's
 * phone key has had, and ({@code .../pin/reset}) Client Services lifting the block after 10 of them, once they have
 * checked who is calling. The admin event says who reset it.
 */
public final class RecoveryAdminResource {

    static final String RESOURCE = "SLS_RECOVERY_PIN";

    private final SlsAdminContext context;

    public RecoveryAdminResource(SlsAdminContext context) {
        this.context = context;
    }

    @GET
    @Path("users/{user}/pin")
    @Produces(MediaType.APPLICATION_JSON)
    @SlsAdminCall(response = RecoveryPinState.class)
    public Response show(@PathParam("user") String idOrUsername) {
        String path = "recovery/users/" + SlsAdminContext.pathPart(idOrUsername) + "/pin";
        return context.audited(RESOURCE, OperationType.ACTION, path, () -> {
            RecoveryPinState state = state(context.targetUser(idOrUsername));
            return new AuditedAnswer(JsonResponses.json(200, state), state);
        });
    }

    @POST
    @Path("users/{user}/pin/reset")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @SlsAdminCall(response = RecoveryPinState.class)
    public Response reset(@PathParam("user") String idOrUsername) {
        String path = "recovery/users/" + SlsAdminContext.pathPart(idOrUsername) + "/pin/reset";
        return context.audited(RESOURCE, OperationType.ACTION, path, () -> {
            UserModel user = context.targetUser(idOrUsername);
            RecoveryPinGuard.reset(user);
            RecoveryPinState state = new RecoveryPinState(user.getId(), null, 0, false);
            return new AuditedAnswer(JsonResponses.json(200, state), state);
        });
    }

    private static RecoveryPinState state(UserModel user) {
        return RecoveryPinGuard.current(user)
                .map(c -> new RecoveryPinState(user.getId(), c.credentialId(), c.failures(), c.blocked()))
                .orElse(new RecoveryPinState(user.getId(), null, 0, false));
    }
}
