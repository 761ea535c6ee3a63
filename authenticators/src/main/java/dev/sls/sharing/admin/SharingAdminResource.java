package dev.sls.sharing.admin;

import dev.sls.rest.ApiException;
import dev.sls.rest.JsonResponses;
import dev.sls.rest.SlsAdminCall;
import dev.sls.rest.SlsAdminContext;
import dev.sls.rest.SlsAdminContext.AuditedAnswer;
import dev.sls.sharing.Share;
import dev.sls.sharing.ShareDecisions;
import dev.sls.sharing.Shares;
import dev.sls.sharing.admin.dto.ShareRejection;
import dev.sls.sharing.admin.dto.ShareRequest;
import dev.sls.sharing.admin.dto.ShareRequestPage;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.UserModel;

/**
 * {@code /admin/realms/{realm}/sls/sharing}: compliance officers ({@code sls-compliance}, or manage-users) list the
 * device-sharing requests and approve or reject the pending ones with a reason. Every call is an admin event; the
 * usual rules on whom the caller may act on apply to the requester.
 */
public final class SharingAdminResource {

    static final String RESOURCE = "SLS_DEVICE_SHARE";
    static final int DEFAULT_PAGE = 20;
    static final int MAX_PAGE = 100;

    private final SlsAdminContext context;

    SharingAdminResource(SlsAdminContext context) {
        this.context = context;
    }

    @GET
    @Path("requests")
    @Produces(MediaType.APPLICATION_JSON)
    @SlsAdminCall(response = ShareRequestPage.class)
    public Response list(@QueryParam("state") String state, @QueryParam("first") Integer first,
                         @QueryParam("max") Integer max) {
        return context.audited(RESOURCE, OperationType.ACTION, "sharing/requests", () -> {
            String wanted = state == null ? Share.State.PENDING.wireName() : state;
            Share.State parsed = Arrays.stream(Share.State.values())
                    .filter(s -> s.wireName().equals(wanted)).findFirst()
                    .orElseThrow(() -> JsonResponses.invalid("state is pending, approved or rejected"));
            int from = first == null ? 0 : first;
            int size = max == null ? DEFAULT_PAGE : max;
            if (from < 0 || size < 1 || size > MAX_PAGE) {
                throw JsonResponses.invalid("first >= 0, max 1-" + MAX_PAGE);
            }
            List<ShareRequest> requests = Shares.inState(context.session(), context.realm(), parsed, from, size)
                    .map(this::view).flatMap(Optional::stream).toList();
            return new AuditedAnswer(JsonResponses.json(200,
                    new ShareRequestPage(parsed.wireName(), from, size, requests)), Map.of("found", requests.size()));
        });
    }

    @GET
    @Path("requests/{user}")
    @Produces(MediaType.APPLICATION_JSON)
    @SlsAdminCall(response = ShareRequest.class)
    public Response get(@PathParam("user") String idOrUsername) {
        return context.audited(RESOURCE, OperationType.ACTION, path(idOrUsername, ""), () -> {
            ShareRequest request = requestOf(context.targetUser(idOrUsername));
            return new AuditedAnswer(JsonResponses.json(200, request), Map.of("shareId", request.shareId()));
        });
    }

    @POST
    @Path("requests/{user}/approve")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @SlsAdminCall(response = ShareRequest.class)
    public Response approve(@PathParam("user") String idOrUsername) {
        return context.audited(RESOURCE, OperationType.UPDATE, path(idOrUsername, "/approve"), () -> {
            UserModel requester = context.targetUser(idOrUsername);
            requestOf(requester);
            ShareDecisions.Outcome outcome = ShareDecisions.approve(context.session(), context.realm(), requester,
                    context.actor());
            return answer(requester, outcome);
        });
    }

    @POST
    @Path("requests/{user}/reject")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @SlsAdminCall(request = ShareRejection.class, response = ShareRequest.class)
    public Response reject(@PathParam("user") String idOrUsername, String body) {
        return context.audited(RESOURCE, OperationType.UPDATE, path(idOrUsername, "/reject"), () -> {
            ShareRejection rejection = context.body(body, ShareRejection.class);
            String reason = rejection.reason() == null ? "" : rejection.reason().strip();
            if (reason.isEmpty() || reason.length() > Shares.MAX_REASON) {
                throw JsonResponses.invalid("reason (1-" + Shares.MAX_REASON + " characters) is required");
            }
            UserModel requester = context.targetUser(idOrUsername);
            requestOf(requester);
            return answer(requester, ShareDecisions.reject(context.session(), context.realm(), requester, reason));
        });
    }

    private AuditedAnswer answer(UserModel requester, ShareDecisions.Outcome outcome) {
        if (outcome.problem() != null) {
            throw switch (outcome.problem()) {
                case NOT_PENDING -> new ApiException(SharingAdminErrorCode.SHARE_NOT_PENDING,
                        "Only a pending request can be decided.");
                case DEVICE_GONE -> new ApiException(SharingAdminErrorCode.SHARE_DEVICE_GONE,
                        "The owner no longer holds the device asked for (or is disabled): reject the request.");
                case PREREQUISITE -> new ApiException(SharingAdminErrorCode.SHARE_PREREQUISITE,
                        "A prerequisite no longer holds (" + outcome.refusal() + "): reject the request.");
            };
        }
        ShareRequest request = requestOf(requester);
        return new AuditedAnswer(JsonResponses.json(200, request), Map.of("shareId", request.shareId(),
                "state", request.state(), "ownerId", request.ownerId()));
    }

    private ShareRequest requestOf(UserModel requester) {
        return view(requester).orElseThrow(() -> new ApiException(SharingAdminErrorCode.SHARE_NOT_FOUND,
                "This user has no sharing request."));
    }

    private Optional<ShareRequest> view(UserModel requester) {
        return Shares.of(requester).map(share -> {
            UserModel owner = context.session().users().getUserById(context.realm(), share.ownerId());
            return new ShareRequest(share.id(), requester.getId(), requester.getUsername(), share.ownerId(),
                    owner == null ? null : owner.getUsername(), share.deviceType(), share.state().wireName(),
                    Instant.ofEpochSecond(share.requestedAt()).toString(),
                    share.decidedAt() == 0 ? null : Instant.ofEpochSecond(share.decidedAt()).toString(),
                    share.state() == Share.State.REJECTED ? Shares.reason(requester).orElse(null) : null);
        });
    }

    private static String path(String idOrUsername, String tail) {
        return "sharing/requests/" + SlsAdminContext.pathPart(idOrUsername) + tail;
    }
}
