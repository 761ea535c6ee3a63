package dev.sls.dscplus.admin;

import dev.sls.binding.history.DeviceHistory;
import dev.sls.binding.history.HistoryEntry;
import dev.sls.binding.history.HistoryEvent;
import dev.sls.dscplus.admin.dto.CardAssignRequest;
import dev.sls.dscplus.admin.dto.CardImportReport;
import dev.sls.dscplus.admin.dto.CardImportRequest;
import dev.sls.dscplus.admin.dto.CardPage;
import dev.sls.dscplus.admin.dto.CardReasonRequest;
import dev.sls.dscplus.admin.dto.CardView;
import dev.sls.dscplus.credential.DscPlusCredentialModel;
import dev.sls.dscplus.credential.DscPlusCredentialProvider;
import dev.sls.dscplus.credential.SeedSeal;
import dev.sls.dscplus.inventory.CardEntity;
import dev.sls.dscplus.inventory.CardInventory;
import dev.sls.dscplus.inventory.CardState;
import dev.sls.rest.ApiException;
import dev.sls.rest.JsonResponses;
import dev.sls.rest.SlsAdminCall;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.keycloak.credential.CredentialProvider;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.UserModel;

/**
 * {@code /admin/realms/{realm}/sls/dscplus}: the DSC+ card inventory. Import of vendor PSKC files, search, and the
 * helpdesk's actions on a card. No answer, log line or admin event ever carries a seed.
 */
public final class DscPlusAdminResource {

    static final String RESOURCE = "SLS_DSC_PLUS_CARD";
    static final int MAX_IMPORT_BODY = 2 * (1 << 20);
    static final int MAX_PAGE = 200;
    static final int MAX_REASON = 200;

    private final SlsAdminContext context;

    DscPlusAdminResource(SlsAdminContext context) {
        this.context = context;
    }

    @POST
    @Path("imports")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @SlsAdminCall(request = CardImportRequest.class, response = CardImportReport.class)
    public Response importFile(String body) {
        return context.audited(RESOURCE, OperationType.CREATE, "dscplus/imports", () -> {
            CardImportRequest request = context.body(body, MAX_IMPORT_BODY, CardImportRequest.class, null);
            CardImportReport report = new CardImport(context, seal()).run(request);
            if (request.preview()) {
                return new AuditedAnswer(JsonResponses.json(200, report), Map.of("dryRun", true,
                        "serials", report.cards().stream().map(CardView::serial).toList()));
            }
            return new AuditedAnswer(JsonResponses.json(201, report), Map.of("batch", report.batch(),
                    "imported", report.imported(), "serials", report.cards().stream().map(CardView::serial).toList()));
        });
    }

    @GET
    @Path("cards")
    @Produces(MediaType.APPLICATION_JSON)
    @SlsAdminCall(response = CardPage.class)
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
            List<CardView> cards = page.cards().stream().map(c -> CardViews.of(c, null)).toList();
            return new AuditedAnswer(JsonResponses.json(200, new CardPage(page.total(), from, size, cards)),
                    Map.of("total", page.total()));
        });
    }

    @GET
    @Path("cards/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @SlsAdminCall(response = CardView.class)
    public Response card(@PathParam("id") String id) {
        return context.audited(RESOURCE, OperationType.ACTION, "dscplus/cards/" + SlsAdminContext.pathPart(id), () -> {
            CardEntity card = lifecycle().card(id);
            return new AuditedAnswer(JsonResponses.json(200, CardViews.of(card, inventory().history(card.getId()))),
                    Map.of("serial", card.getSerial()));
        });
    }

    /** Gives a card in stock to a person, named by {@code userId} or {@code username}. */
    @POST
    @Path("cards/{id}/assign")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @SlsAdminCall(request = CardAssignRequest.class, response = CardView.class)
    public Response assign(@PathParam("id") String id, String body) {
        return context.audited(RESOURCE, OperationType.UPDATE, cardPath(id, "assign"), () -> {
            CardAssignRequest request = context.body(body, CardAssignRequest.class);
            if ((request.userId() == null) == (request.username() == null)) {
                throw JsonResponses.invalid("give userId or username, one of them");
            }
            UserModel user = context.targetUser(request.userId() != null ? request.userId() : request.username());
            CardLifecycle lifecycle = lifecycle();
            CardEntity card = lifecycle.assign(lifecycle.card(id), user);
            return answer(card, Map.of("serial", card.getSerial(), "userId", user.getId()));
        });
    }

    @POST
    @Path("cards/{id}/block")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @SlsAdminCall(request = CardReasonRequest.class, response = CardView.class)
    public Response block(@PathParam("id") String id, String body) {
        return context.audited(RESOURCE, OperationType.UPDATE, cardPath(id, "block"), () -> {
            String reason = reason(body);
            CardLifecycle lifecycle = lifecycle();
            CardEntity held = held(lifecycle.card(id));
            String holderId = held.getUserId();
            CardEntity card = lifecycle.block(held, reason);
            remember(holderId, HistoryEvent.BLOCKED, card);
            return answer(card, Map.of("serial", card.getSerial(), "state", "blocked"));
        });
    }

    @POST
    @Path("cards/{id}/return")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @SlsAdminCall(request = CardReasonRequest.class, response = CardView.class)
    public Response takeBack(@PathParam("id") String id, String body) {
        return context.audited(RESOURCE, OperationType.UPDATE, cardPath(id, "return"), () -> {
            String reason = reason(body);
            CardLifecycle lifecycle = lifecycle();
            CardEntity held = held(lifecycle.card(id));
            String holderId = held.getUserId();
            CardEntity card = lifecycle.takeBack(held, reason);
            remember(holderId, HistoryEvent.RETURNED, card);
            return answer(card, Map.of("serial", card.getSerial(), "state", "returned"));
        });
    }

    /** A line in the device history of the person who held the card (none for a card in stock). */
    private void remember(String holderId, HistoryEvent event, CardEntity card) {
        UserModel holder = holderId == null ? null
                : context.session().users().getUserById(context.realm(), holderId);
        if (holder != null) {
            DeviceHistory.record(context.session(), context.realm(), holder, HistoryEntry.of(event,
                    DscPlusCredentialModel.TYPE, null, card.getSerial(), "admin").by(context.actor()));
        }
    }

    private AuditedAnswer answer(CardEntity card, Map<String, Object> audit) {
        return new AuditedAnswer(JsonResponses.json(200, CardViews.of(card, inventory().history(card.getId()))), audit);
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

    private String reason(String body) {
        String reason = context.body(body, JsonResponses.MAX_BODY_LENGTH, CardReasonRequest.class,
                new CardReasonRequest(null)).reason();
        if (reason != null && reason.length() > MAX_REASON) {
            throw JsonResponses.invalid("reason: at most " + MAX_REASON + " characters");
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

    private static String cardPath(String id, String action) {
        return "dscplus/cards/" + SlsAdminContext.pathPart(id) + "/" + action;
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
