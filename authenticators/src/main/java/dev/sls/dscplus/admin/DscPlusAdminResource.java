package dev.sls.dscplus.admin;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sls.dscplus.credential.DscPlusCredentialModel;
import dev.sls.dscplus.credential.DscPlusCredentialProvider;
import dev.sls.dscplus.credential.SeedSeal;
import dev.sls.dscplus.inventory.CardEntity;
import dev.sls.dscplus.inventory.CardInventory;
import dev.sls.dscplus.inventory.CardState;
import dev.sls.rest.ApiException;
import dev.sls.rest.JsonResponses;
import dev.sls.rest.SlsAdminContext.AuditedAnswer;
import dev.sls.rest.SlsAdminContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.keycloak.credential.CredentialProvider;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.UserModel;
import org.keycloak.util.JsonSerialization;

/**
 * {@code /admin/realms/{realm}/sls/dscplus}: the DSC+ card inventory. Import of vendor PSKC files, search, and the
 * helpdesk's actions on a card. No answer, log line or admin event ever carries a seed.
 */
public final class DscPlusAdminResource {

    static final String RESOURCE = "SLS_DSC_PLUS_CARD";
    static final int MAX_IMPORT_BODY = 2 * (1 << 20);
    static final int MAX_PAGE = 200;

    private final SlsAdminContext context;

    DscPlusAdminResource(SlsAdminContext context) {
        this.context = context;
    }

    @POST
    @Path("imports")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response importFile(String body) {
        return context.audited(RESOURCE, OperationType.CREATE, "dscplus/imports", () -> {
            CardImport.Request request = read(body, MAX_IMPORT_BODY, CardImport.Request.class);
            CardImport.Report report = new CardImport(context, seal()).run(request);
            return new AuditedAnswer(JsonResponses.json(201, report), Map.of("batch", report.batch(),
                    "imported", report.imported(), "serials", report.cards().stream().map(CardView::serial).toList()));
        });
    }

    @GET
    @Path("cards")
    @Produces(MediaType.APPLICATION_JSON)
    public Response list(@QueryParam("serial") String serial, @QueryParam("state") String state,
                         @QueryParam("userId") String userId, @QueryParam("first") Integer first,
                         @QueryParam("max") Integer max) {
        return context.audited(RESOURCE, OperationType.ACTION, "dscplus/cards", () -> {
            int from = first == null ? 0 : first;
            int size = max == null ? 50 : max;
            if (from < 0 || size < 1 || size > MAX_PAGE || (serial != null && serial.length() > 32)
                    || (userId != null && userId.length() > 36)) {
                throw JsonResponses.invalid("first >= 0, max 1-" + MAX_PAGE + ", serial and userId of sane length");
            }
            CardInventory.Page page = inventory().search(context.realm().getId(),
                    serial == null || serial.isBlank() ? null : serial.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT),
                    state(state), userId, from, size);
            List<CardView> cards = page.cards().stream().map(c -> CardView.of(c, null)).toList();
            return new AuditedAnswer(JsonResponses.json(200, Map.of("total", page.total(), "first", from, "max", size,
                    "cards", cards)), Map.of("total", page.total()));
        });
    }

    @GET
    @Path("cards/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response card(@PathParam("id") String id) {
        return context.audited(RESOURCE, OperationType.ACTION, "dscplus/cards/" + safe(id), () -> {
            CardEntity card = lifecycle().card(id);
            return new AuditedAnswer(JsonResponses.json(200, CardView.of(card, inventory().history(card.getId()))),
                    Map.of("serial", card.getSerial()));
        });
    }

    @POST
    @Path("cards/{id}/assign")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response assign(@PathParam("id") String id, String body) {
        return context.audited(RESOURCE, OperationType.UPDATE, "dscplus/cards/" + safe(id) + "/assign", () -> {
            JsonNode request = read(body, JsonResponses.MAX_BODY_LENGTH, JsonNode.class);
            UserModel user = user(request.path("userId").asText(null), request.path("username").asText(null));
            CardLifecycle lifecycle = lifecycle();
            CardEntity card = lifecycle.assign(lifecycle.card(id), user);
            return answer(card, Map.of("serial", card.getSerial(), "userId", user.getId()));
        });
    }

    @POST
    @Path("cards/{id}/block")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response block(@PathParam("id") String id, String body) {
        return context.audited(RESOURCE, OperationType.UPDATE, "dscplus/cards/" + safe(id) + "/block", () -> {
            CardLifecycle lifecycle = lifecycle();
            CardEntity card = lifecycle.block(held(lifecycle.card(id)), reason(body));
            return answer(card, Map.of("serial", card.getSerial(), "state", "blocked"));
        });
    }

    @POST
    @Path("cards/{id}/return")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response takeBack(@PathParam("id") String id, String body) {
        return context.audited(RESOURCE, OperationType.UPDATE, "dscplus/cards/" + safe(id) + "/return", () -> {
            CardLifecycle lifecycle = lifecycle();
            CardEntity card = lifecycle.takeBack(held(lifecycle.card(id)), reason(body));
            return answer(card, Map.of("serial", card.getSerial(), "state", "returned"));
        });
    }

    private AuditedAnswer answer(CardEntity card, Map<String, Object> audit) {
        return new AuditedAnswer(JsonResponses.json(200, CardView.of(card, inventory().history(card.getId()))), audit);
    }

    /** The card, once the caller may act on the person holding it (if anyone does). */
    private CardEntity held(CardEntity card) {
        UserModel holder = card.getUserId() == null ? null
                : context.session().users().getUserById(context.realm(), card.getUserId());
        if (holder != null) {
            context.target(holder);
        }
        return card;
    }

    private UserModel user(String userId, String username) {
        UserModel user = userId != null && userId.length() <= 36 ? context.session().users().getUserById(context.realm(), userId)
                : username != null && username.length() <= 255
                ? context.session().users().getUserByUsername(context.realm(), username) : null;
        if (user == null) {
            throw new ApiException(DscPlusAdminErrorCode.USER_NOT_FOUND, "No such user (give userId or username).");
        }
        return context.target(user);
    }

    private static String reason(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        String reason = read(body, JsonResponses.MAX_BODY_LENGTH, JsonNode.class).path("reason").asText(null);
        if (reason != null && reason.length() > 200) {
            throw JsonResponses.invalid("reason: at most 200 characters");
        }
        return reason;
    }

    private static CardState state(String state) {
        if (state == null || state.isBlank()) {
            return null;
        }
        try {
            return CardState.valueOf(state.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw JsonResponses.invalid("state must be one of stock, assigned, active, blocked, returned");
        }
    }

    private static <T> T read(String body, int limit, Class<T> type) {
        if (body == null || body.isBlank() || body.length() > limit) {
            throw JsonResponses.invalid("a JSON body of at most " + (limit / 1024) + " KiB is required");
        }
        try {
            T value = JsonSerialization.readValue(body, type);
            if (value == null) {
                throw JsonResponses.invalid("a JSON object is required");
            }
            return value;
        } catch (IOException | RuntimeException e) {
            if (e instanceof ApiException api) {
                throw api;
            }
            throw JsonResponses.invalid("the body is not valid JSON for this call");
        }
    }

    private static String safe(String id) {
        String clean = id == null ? "" : id.replaceAll("[^A-Za-z0-9-]", "");
        return clean.length() <= 36 ? clean : clean.substring(0, 36);
    }

    private SeedSeal seal() {
        return provider().seal().orElseThrow(() -> new ApiException(DscPlusAdminErrorCode.SEED_KEY_MISSING,
                "The server has no DSC+ seed key (server option spi-credential--sls-dsc-plus--seed-key)."));
    }

    private DscPlusCredentialProvider provider() {
        return (DscPlusCredentialProvider) context.session().getProvider(CredentialProvider.class, DscPlusCredentialModel.TYPE);
    }

    private CardInventory inventory() {
        return new CardInventory(context.session());
    }

    private CardLifecycle lifecycle() {
        return new CardLifecycle(context.session(), context.realm(), context.actor());
    }
}
