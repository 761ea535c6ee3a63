package dev.sls.withdrawal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sls.rest.ApiException;
import dev.sls.rest.JsonResponses;
import dev.sls.rest.SlsAdminContext;
import dev.sls.rest.SlsAdminContext.AuditedAnswer;
import dev.sls.rest.SlsAdminContext.RefusedWithBody;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.keycloak.common.util.Time;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.UserModel;

/**
 * {@code /admin/realms/{realm}/sls/withdrawal}: the realm's withdrawal settings ({@code settings}: read, or replace
 * after a check that names every problem), and one person's recorded withdrawals ({@code users/{userId}}: list, or
 * add one confirmed outside the pack — at a branch, in a previous system — so the windows count it).
 */
public final class WithdrawalAdminResource {

    static final String RESOURCE = "SLS_WITHDRAWAL";

    private final SlsAdminContext context;

    WithdrawalAdminResource(SlsAdminContext context) {
        this.context = context;
    }

    @GET
    @Path("settings")
    @Produces(MediaType.APPLICATION_JSON)
    public Response settings() {
        return context.audited(RESOURCE, OperationType.ACTION, "withdrawal/settings", () -> {
            WithdrawalSettings settings = WithdrawalSettings.of(context.realm());
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("attributes", attributes(context.realm().getAttributes()));
            view.put("currency", settings.currency().getCurrencyCode());
            Map<String, Object> limits = new TreeMap<>();
            settings.limits().forEach((type, l) -> limits.put(type,
                    Map.of("day", l.perDay().wire(), "fiveDays", l.perFiveDays().wire())));
            view.put("limits", limits);
            Map<String, String> rates = new TreeMap<>();
            settings.rates().forEach((currency, rate) -> rates.put(currency.getCurrencyCode(), rate.toPlainString()));
            view.put("rates", rates);
            view.put("holidays", settings.calendar().holidays().stream().sorted().map(Object::toString).toList());
            view.put("timeZone", settings.calendar().zone().getId());
            view.put("problems", settings.problems());
            view.put("retentionDays", WithdrawalLedger.RETENTION.toDays());
            return new AuditedAnswer(JsonResponses.json(200, view), Map.of());
        });
    }

    /**
     * Replaces every {@code sls.withdrawal.*} realm attribute by the body's, if they have no problem. Limits are the
     * realm's configuration: this needs {@code manage-realm}, not only the helpdesk role.
     */
    @PUT
    @Path("settings")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response replaceSettings(String body) {
        return context.audited(RESOURCE, OperationType.UPDATE, "withdrawal/settings", () -> {
            if (!context.auth().realm().canManageRealm()) {
                throw new ApiException(WithdrawalAdminErrorCode.MANAGE_REALM_REQUIRED,
                        "Changing the withdrawal limits needs manage-realm.");
            }
            JsonNode request = JsonResponses.read(body, JsonNode.class);
            if (!request.isObject()) {
                throw JsonResponses.invalid("the body is an object of sls.withdrawal.* attributes");
            }
            Map<String, String> wanted = new TreeMap<>();
            request.fields().forEachRemaining(field -> {
                if (!field.getKey().startsWith(WithdrawalSettings.PREFIX) || !field.getValue().isTextual()) {
                    throw JsonResponses.invalid("every field is an sls.withdrawal.* attribute with a string value");
                }
                wanted.put(field.getKey(), field.getValue().asText());
            });
            List<String> problems = WithdrawalSettings.from(wanted).problems();
            if (!problems.isEmpty()) {
                throw new RefusedWithBody(WithdrawalAdminErrorCode.SETTINGS_INVALID.code(), JsonResponses.json(400,
                        Map.of("error", WithdrawalAdminErrorCode.SETTINGS_INVALID.code(), "problems", problems)));
            }
            attributes(context.realm().getAttributes()).keySet().forEach(context.realm()::removeAttribute);
            wanted.forEach(context.realm()::setAttribute);
            return new AuditedAnswer(JsonResponses.json(200, Map.of("attributes", wanted)), wanted);
        });
    }

    @GET
    @Path("users/{userId}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response withdrawals(@PathParam("userId") String userId) {
        return context.audited(RESOURCE, OperationType.ACTION, path(userId), () -> {
            UserModel user = user(userId);
            List<Map<String, Object>> records = new WithdrawalLedger(context.session())
                    .ofUser(context.realm().getId(), user.getId()).stream().map(WithdrawalAdminResource::view).toList();
            return new AuditedAnswer(JsonResponses.json(200, Map.of("withdrawals", records)),
                    Map.of("userId", user.getId()));
        });
    }

    /**
     * Adds a withdrawal the person confirmed outside the pack: {@code {"amount":"1500.00","currency":"USD",
     * "confirmedAt":"2026-03-02T10:00:00Z","device":"sls-code-card"}}. It must lie within the retention and not in
     * the future; it is counted whatever the limits say (it already happened).
     */
    @POST
    @Path("users/{userId}")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response record(@PathParam("userId") String userId, String body) {
        return context.audited(RESOURCE, OperationType.CREATE, path(userId), () -> {
            UserModel user = user(userId);
            JsonNode request = JsonResponses.read(body, JsonNode.class);
            Money amount;
            try {
                amount = Money.parse(text(request, "amount"), text(request, "currency"));
            } catch (IllegalArgumentException e) {
                throw JsonResponses.invalid(e.getMessage());
            }
            if (!amount.isPositive()) {
                throw JsonResponses.invalid("amount must be more than zero");
            }
            Instant at = confirmedAt(request);
            String device = text(request, "device");
            if (device == null || !device.matches("[a-z][a-z0-9-]{0,63}")) {
                throw JsonResponses.invalid("device must be a credential type such as sls-code-card");
            }
            WithdrawalSettings settings = WithdrawalSettings.of(context.realm());
            Money counted = settings.counted(amount).orElseThrow(() -> JsonResponses.invalid("the realm has no rate"
                    + " for " + amount.code() + " (sls.withdrawal.rate." + amount.code() + ")"));
            WithdrawalEntity entity = new WithdrawalLedger(context.session()).add(context.realm().getId(),
                    user.getId(), at, amount, counted, device, null, context.actor());
            Map<String, Object> view = view(entity);
            return new AuditedAnswer(JsonResponses.json(201, view), view);
        });
    }

    private static Instant confirmedAt(JsonNode request) {
        String raw = text(request, "confirmedAt");
        if (raw == null) {
            return Instant.ofEpochMilli(Time.currentTimeMillis());
        }
        try {
            Instant at = Instant.parse(raw);
            Instant now = Instant.ofEpochMilli(Time.currentTimeMillis());
            if (at.isAfter(now) || at.isBefore(now.minus(WithdrawalLedger.RETENTION))) {
                throw JsonResponses.invalid("confirmedAt must lie in the last " + WithdrawalLedger.RETENTION.toDays()
                        + " days");
            }
            return at;
        } catch (DateTimeParseException e) {
            throw JsonResponses.invalid("confirmedAt must be an ISO instant such as 2026-03-02T10:00:00Z");
        }
    }

    private static String text(JsonNode request, String field) {
        JsonNode value = request.get(field);
        if (value != null && !value.isNull() && !value.isTextual()) {
            throw JsonResponses.invalid(field + " must be a string");
        }
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Map<String, Object> view(WithdrawalEntity entity) {
        PastWithdrawal past = WithdrawalLedger.past(entity);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", entity.getId());
        view.put("amount", past.amount().plain());
        view.put("currency", past.amount().code());
        view.put("counted", past.counted().plain());
        view.put("countedCurrency", past.counted().code());
        view.put("device", entity.getCredentialType());
        view.put("clientId", entity.getClientId());
        view.put("recordedBy", entity.getRecordedBy());
        view.put("confirmedAt", Instant.ofEpochMilli(entity.getConfirmedAt()).toString());
        view.put("expiresAt", Instant.ofEpochMilli(entity.getExpiresAt()).toString());
        return view;
    }

    private static Map<String, String> attributes(Map<String, String> all) {
        Map<String, String> ours = new HashMap<>();
        all.forEach((key, value) -> {
            if (key.startsWith(WithdrawalSettings.PREFIX)) {
                ours.put(key, value);
            }
        });
        return new TreeMap<>(ours);
    }

    private UserModel user(String userId) {
        UserModel user = userId == null || userId.length() > 36 ? null
                : context.session().users().getUserById(context.realm(), userId);
        if (user == null) {
            throw new ApiException(WithdrawalAdminErrorCode.USER_NOT_FOUND, "No such user.");
        }
        return context.target(user);
    }

    private static String path(String userId) {
        String clean = userId == null ? "" : userId.replaceAll("[^A-Za-z0-9-]", "");
        return "withdrawal/users/" + (clean.length() <= 36 ? clean : clean.substring(0, 36));
    }
}
