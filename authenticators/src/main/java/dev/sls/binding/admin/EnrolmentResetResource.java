package dev.sls.binding.admin;

import dev.sls.binding.BindingHistory;
import dev.sls.binding.admin.dto.EnrolmentReset;
import dev.sls.rest.ApiException;
import dev.sls.rest.JsonResponses;
import dev.sls.rest.SlsAdminCall;
import dev.sls.rest.SlsAdminContext;
import dev.sls.rest.SlsAdminContext.AuditedAnswer;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.keycloak.common.util.Time;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.UserModel;

/**
 * {@code POST /admin/realms/{realm}/sls/enrolment/users/{user}/reset}: Client Services records that a person who has
 * lost every device may enrol one again as at a first login. Refused while the person still holds a second factor, on
 * the caller's own account, and on admins or helpdesk users without manage-users; the admin event says who did it and
 * when; the next binding uses it up.
 */
public final class EnrolmentResetResource {

    static final String RESOURCE = "SLS_ENROLMENT_RESET";

    private final SlsAdminContext context;

    public EnrolmentResetResource(SlsAdminContext context) {
        this.context = context;
    }

    @POST
    @Path("users/{user}/reset")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @SlsAdminCall(response = EnrolmentReset.class)
    public Response reset(@PathParam("user") String idOrUsername) {
        String path = "enrolment/users/" + SlsAdminContext.pathPart(idOrUsername) + "/reset";
        return context.audited(RESOURCE, OperationType.ACTION, path, () -> {
            UserModel user = context.targetUser(idOrUsername);
            boolean holds = user.credentialManager().getStoredCredentialsStream()
                    .anyMatch(credential -> BindingHistory.isSecondFactor(credential.getType()));
            if (holds) {
                throw new ApiException(BindingAdminErrorCode.DEVICES_REMAIN, "The user still holds a second factor;"
                        + " remove it first, then reset the enrolment.");
            }
            BindingHistory.recordReset(user, context.actor());
            EnrolmentReset answer = new EnrolmentReset(user.getId(),
                    Instant.ofEpochSecond(Time.currentTime()).toString(), context.actor());
            return new AuditedAnswer(JsonResponses.json(200, answer), answer);
        });
    }
}
