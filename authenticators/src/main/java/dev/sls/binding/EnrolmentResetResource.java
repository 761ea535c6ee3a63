package dev.sls.binding;

import dev.sls.rest.ApiException;
import dev.sls.rest.JsonResponses;
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
import java.util.LinkedHashMap;
import java.util.Map;
import org.keycloak.common.util.Time;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.UserModel;

/**
 * {@code POST /admin/realms/{realm}/sls/enrolment/users/{userId}/reset}: Client Services records that a person who has
 * lost every device may enrol one again as at a first login. Refused while the person still holds a second factor; the
 * admin event says who did it and when; the next binding uses it up.
 */
final class EnrolmentResetResource {

    static final String RESOURCE = "SLS_ENROLMENT_RESET";

    private final SlsAdminContext context;

    EnrolmentResetResource(SlsAdminContext context) {
        this.context = context;
    }

    @POST
    @Path("users/{userId}/reset")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response reset(@PathParam("userId") String userId) {
        return context.audited(RESOURCE, OperationType.ACTION, path(userId), () -> {
            UserModel user = user(userId);
            boolean holds = user.credentialManager().getStoredCredentialsStream()
                    .anyMatch(credential -> BindingHistory.isSecondFactor(credential.getType()));
            if (holds) {
                throw new ApiException(BindingAdminErrorCode.DEVICES_REMAIN, "The user still holds a second factor;"
                        + " remove it first, then reset the enrolment.");
            }
            BindingHistory.recordReset(user, context.actor());
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("userId", user.getId());
            answer.put("resetAt", Instant.ofEpochSecond(Time.currentTime()).toString());
            answer.put("resetBy", context.actor());
            return new AuditedAnswer(JsonResponses.json(200, answer), answer);
        });
    }

    private UserModel user(String userId) {
        UserModel user = userId == null || userId.length() > 36 ? null
                : context.session().users().getUserById(context.realm(), userId);
        if (user == null) {
            throw new ApiException(BindingAdminErrorCode.USER_NOT_FOUND, "No such user.");
        }
        return user;
    }

    private static String path(String userId) {
        String clean = userId == null ? "" : userId.replaceAll("[^A-Za-z0-9-]", "");
        return "enrolment/users/" + (clean.length() <= 36 ? clean : clean.substring(0, 36)) + "/reset";
    }
}
