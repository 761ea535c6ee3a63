package dev.sls.temporary.admin;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sls.rest.ApiException;
import dev.sls.rest.JsonResponses;
import dev.sls.rest.SlsAdminContext.AuditedAnswer;
import dev.sls.rest.SlsAdminContext;
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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.IntStream;
import org.keycloak.common.util.Time;
import org.keycloak.credential.CredentialProvider;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.UserModel;

/**
 * {@code /admin/realms/{realm}/sls/temporary/users/{userId}}: the helpdesk issues temporary access to a person whose
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
    @Path("users/{userId}")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response issue(@PathParam("userId") String userId, String body) {
        return context.audited(RESOURCE, OperationType.CREATE, path(userId), () -> {
            UserModel user = user(userId);
            JsonNode request = body == null || body.isBlank() ? JsonResponses.read("{}", JsonNode.class)
                    : JsonResponses.read(body, JsonNode.class);
            TemporaryAccessKind kind = TemporaryAccessKind.fromWire(request.path("kind").asText("code"))
                    .orElseThrow(() -> JsonResponses.invalid("kind must be code or grid"));
            int hours = request.hasNonNull("validForHours") ? request.path("validForHours").asInt(-1) : defaultHours;
            if (hours < MIN_HOURS || hours > MAX_HOURS) {
                throw JsonResponses.invalid("validForHours must be " + MIN_HOURS + " to " + MAX_HOURS);
            }
            long now = Time.currentTime();
            long expiresAt = now + hours * 3600L;
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("kind", kind.wireName());
            TemporaryAccessCredentialModel credential;
            if (kind == TemporaryAccessKind.CODE) {
                String code = TemporaryCode.generate(RANDOM);
                credential = TemporaryAccessCredentialModel.forCode(code, now, expiresAt, context.actor(), RANDOM);
                answer.put("code", TemporaryCode.display(code));
            } else {
                OnlineCodeCard card = OnlineCodeCard.generate(OnlineCodeCard.DEFAULT_CELLS, RANDOM);
                credential = TemporaryAccessCredentialModel.forGrid(card, now, expiresAt, context.actor(), RANDOM);
                answer.put("grid", IntStream.rangeClosed(1, card.size())
                        .mapToObj(i -> Map.of("index", i, "code", card.codeAt(i))).toList());
            }
            provider().replaceAll(context.realm(), user, credential);
            answer.put("issuedAt", Instant.ofEpochSecond(now).toString());
            answer.put("expiresAt", Instant.ofEpochSecond(expiresAt).toString());
            answer.put("validForHours", hours);
            return new AuditedAnswer(JsonResponses.json(201, answer),
                    Map.of("kind", kind.wireName(), "expiresAt", answer.get("expiresAt"), "userId", user.getId()));
        });
    }

    @GET
    @Path("users/{userId}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response show(@PathParam("userId") String userId) {
        return context.audited(RESOURCE, OperationType.ACTION, path(userId), () -> {
            UserModel user = user(userId);
            TemporaryAccessCredentialModel access = provider().active(user).orElseThrow(this::none);
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("kind", access.kind().wireName());
            view.put("issuedAt", Instant.ofEpochSecond(access.data().getIssuedAt()).toString());
            view.put("expiresAt", Instant.ofEpochSecond(access.data().getExpiresAt()).toString());
            view.put("expired", access.expiredAt(Time.currentTime()));
            view.put("issuedBy", access.data().getIssuedBy());
            return new AuditedAnswer(JsonResponses.json(200, view), Map.of("userId", user.getId()));
        });
    }

    @DELETE
    @Path("users/{userId}")
    public Response retire(@PathParam("userId") String userId) {
        return context.audited(RESOURCE, OperationType.DELETE, path(userId), () -> {
            UserModel user = user(userId);
            if (!TemporaryAccessRetirement.retire(user, "retired by " + context.actor())) {
                throw none();
            }
            return new AuditedAnswer(Response.noContent().build(), Map.of("userId", user.getId()));
        });
    }

    private ApiException none() {
        return new ApiException(TemporaryAdminErrorCode.NO_TEMPORARY_ACCESS, "The user holds no temporary access.");
    }

    private UserModel user(String userId) {
        UserModel user = userId == null || userId.length() > 36 ? null
                : context.session().users().getUserById(context.realm(), userId);
        if (user == null) {
            throw new ApiException(TemporaryAdminErrorCode.USER_NOT_FOUND, "No such user.");
        }
        return context.target(user);
    }

    private static String path(String userId) {
        String clean = userId == null ? "" : userId.replaceAll("[^A-Za-z0-9-]", "");
        return "temporary/users/" + (clean.length() <= 36 ? clean : clean.substring(0, 36));
    }

    private TemporaryAccessCredentialProvider provider() {
        return (TemporaryAccessCredentialProvider) context.session().getProvider(CredentialProvider.class,
                TemporaryAccessCredentialModel.TYPE);
    }
}
