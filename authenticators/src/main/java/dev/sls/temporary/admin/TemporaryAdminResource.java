package dev.sls.temporary.admin;

import dev.sls.binding.history.DeviceHistory;
import dev.sls.binding.history.HistoryEntry;
import dev.sls.binding.history.HistoryEvent;
import dev.sls.rest.ApiException;
import dev.sls.rest.JsonResponses;
import dev.sls.rest.SlsAdminCall;
import dev.sls.rest.SlsAdminContext.AuditedAnswer;
import dev.sls.rest.SlsAdminContext;
import dev.sls.temporary.admin.dto.GridCell;
import dev.sls.temporary.admin.dto.IssuedTemporaryAccess;
import dev.sls.temporary.admin.dto.TemporaryAccessRequest;
import dev.sls.temporary.admin.dto.TemporaryAccessView;
import dev.sls.temporary.credential.TemporaryAccessCredentialModel;
import dev.sls.temporary.credential.TemporaryAccessCredentialProvider;
import dev.sls.temporary.credential.TemporaryAccessKind;
import dev.sls.temporary.login.TemporaryAccessRetirement;
import dev.sls.temporary.protocol.OnlineCodeCard;
import dev.sls.temporary.protocol.TemporaryCode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.keycloak.common.util.Time;
import org.keycloak.credential.CredentialModel;
import org.keycloak.credential.CredentialProvider;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.UserModel;

/**
 * {@code /admin/realms/{realm}/sls/temporary/users/{user}} (a user id or a username, see
 * {@link SlsAdminContext#targetUser}): the helpdesk issues temporary access to a person whose
 * device is lost or being replaced. The code (or the online code card) is in the issuing answer only, never again:
 * only its hash is stored, and neither the admin event nor any log has it.
 */
public final class TemporaryAdminResource {

    static final String RESOURCE = "SLS_TEMPORARY_ACCESS";
    static final int MIN_HOURS = 1;
    static final int MAX_HOURS = 14 * 24;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SlsAdminContext context;
    private final int defaultHours;

    TemporaryAdminResource(SlsAdminContext context, int defaultHours) {
        this.context = context;
        this.defaultHours = defaultHours;
    }

    @POST
    @Path("users/{user}")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @SlsAdminCall(request = TemporaryAccessRequest.class, response = IssuedTemporaryAccess.class)
    public Response issue(@PathParam("user") String idOrUsername, String body) {
        return context.audited(RESOURCE, OperationType.CREATE, path(idOrUsername), () -> {
            UserModel user = context.targetUser(idOrUsername);
            TemporaryAccessRequest request = context.body(body, JsonResponses.MAX_BODY_LENGTH,
                    TemporaryAccessRequest.class, new TemporaryAccessRequest(null, null));
            TemporaryAccessKind kind = TemporaryAccessKind.fromWire(request.kind() == null ? "code" : request.kind())
                    .orElseThrow(() -> JsonResponses.invalid("kind must be code or grid"));
            int hours = request.validForHours() == null ? defaultHours : request.validForHours();
            if (hours < MIN_HOURS || hours > MAX_HOURS) {
                throw JsonResponses.invalid("validForHours must be " + MIN_HOURS + " to " + MAX_HOURS);
            }
            long now = Time.currentTime();
            long expiresAt = now + hours * 3600L;
            TemporaryAccessCredentialModel credential;
            String code = null;
            List<GridCell> grid = null;
            if (kind == TemporaryAccessKind.CODE) {
                String raw = TemporaryCode.generate(RANDOM);
                credential = TemporaryAccessCredentialModel.forCode(raw, now, expiresAt, context.actor(), RANDOM);
                code = TemporaryCode.display(raw);
            } else {
                OnlineCodeCard card = OnlineCodeCard.generate(OnlineCodeCard.DEFAULT_CELLS, RANDOM);
                credential = TemporaryAccessCredentialModel.forGrid(card, now, expiresAt, context.actor(), RANDOM);
                grid = IntStream.rangeClosed(1, card.size()).mapToObj(i -> new GridCell(i, card.codeAt(i))).toList();
            }
            provider().active(user).ifPresent(earlier -> remember(user, HistoryEvent.RETIRED, earlier));
            CredentialModel stored = provider().replaceAll(context.realm(), user, credential);
            remember(user, HistoryEvent.ACTIVATED, stored.getId(), kind);
            IssuedTemporaryAccess answer = new IssuedTemporaryAccess(kind.wireName(), code, grid,
                    Instant.ofEpochSecond(now).toString(), Instant.ofEpochSecond(expiresAt).toString(), hours);
            return new AuditedAnswer(JsonResponses.json(201, answer),
                    Map.of("kind", kind.wireName(), "expiresAt", answer.expiresAt(), "userId", user.getId()));
        });
    }

    @GET
    @Path("users/{user}")
    @Produces(MediaType.APPLICATION_JSON)
    @SlsAdminCall(response = TemporaryAccessView.class)
    public Response show(@PathParam("user") String idOrUsername) {
        return context.audited(RESOURCE, OperationType.ACTION, path(idOrUsername), () -> {
            UserModel user = context.targetUser(idOrUsername);
            TemporaryAccessCredentialModel access = provider().active(user).orElseThrow(this::none);
            TemporaryAccessView view = new TemporaryAccessView(access.kind().wireName(),
                    Instant.ofEpochSecond(access.data().getIssuedAt()).toString(),
                    Instant.ofEpochSecond(access.data().getExpiresAt()).toString(),
                    access.expiredAt(Time.currentTime()), access.data().getIssuedBy());
            return new AuditedAnswer(JsonResponses.json(200, view), Map.of("userId", user.getId()));
        });
    }

    @DELETE
    @Path("users/{user}")
    @SlsAdminCall
    public Response retire(@PathParam("user") String idOrUsername) {
        return context.audited(RESOURCE, OperationType.DELETE, path(idOrUsername), () -> {
            UserModel user = context.targetUser(idOrUsername);
            Optional<TemporaryAccessCredentialModel> retired = provider().active(user);
            if (!TemporaryAccessRetirement.retire(user, "retired by " + context.actor())) {
                throw none();
            }
            retired.ifPresent(access -> remember(user, HistoryEvent.RETIRED, access));
            return new AuditedAnswer(Response.noContent().build(), Map.of("userId", user.getId()));
        });
    }

    private void remember(UserModel user, HistoryEvent event, TemporaryAccessCredentialModel access) {
        remember(user, event, access.getId(), access.kind());
    }

    /** A line in the person's device history: the helpdesk ({@code admin}, by name) issued or retired the access. */
    private void remember(UserModel user, HistoryEvent event, String credentialId, TemporaryAccessKind kind) {
        DeviceHistory.record(context.session(), context.realm(), user, HistoryEntry.of(event,
                TemporaryAccessCredentialModel.TYPE, credentialId, "Temporary access (" + kind.wireName() + ")",
                "admin").by(context.actor()));
    }

    private ApiException none() {
        return new ApiException(TemporaryAdminErrorCode.NO_TEMPORARY_ACCESS, "The user holds no temporary access.");
    }

    private static String path(String idOrUsername) {
        return "temporary/users/" + SlsAdminContext.pathPart(idOrUsername);
    }

    private TemporaryAccessCredentialProvider provider() {
        return (TemporaryAccessCredentialProvider) context.session().getProvider(CredentialProvider.class,
                TemporaryAccessCredentialModel.TYPE);
    }
}
