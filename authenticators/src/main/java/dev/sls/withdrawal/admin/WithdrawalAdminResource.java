package dev.sls.withdrawal.admin;

import dev.sls.rest.ApiException;
import dev.sls.rest.JsonResponses;
import dev.sls.rest.SlsAdminCall;
import dev.sls.rest.SlsAdminContext;
import dev.sls.rest.SlsAdminContext.AuditedAnswer;
import dev.sls.rest.SlsAdminContext.RefusedWithBody;
import dev.sls.withdrawal.Money;
import dev.sls.withdrawal.PastWithdrawal;
import dev.sls.withdrawal.WithdrawalEntity;
import dev.sls.withdrawal.WithdrawalLedger;
import dev.sls.withdrawal.WithdrawalSettings;
import dev.sls.withdrawal.admin.dto.DeviceLimitsView;
import dev.sls.withdrawal.admin.dto.WithdrawalAttributes;
import dev.sls.withdrawal.admin.dto.WithdrawalEntry;
import dev.sls.withdrawal.admin.dto.WithdrawalList;
import dev.sls.withdrawal.admin.dto.WithdrawalSettingsProblems;
import dev.sls.withdrawal.admin.dto.WithdrawalSettingsView;
import dev.sls.withdrawal.admin.dto.WithdrawalView;
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
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.keycloak.common.util.Time;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.UserModel;

/**
 * {@code /admin/realms/{realm}/sls/withdrawal}: the realm's withdrawal settings ({@code settings}: read, or replace
 * after a check that names every problem), and one person's recorded withdrawals ({@code users/{user}}, a user id or
 * a username: list, or add one confirmed outside the pack — at a branch, in a previous system — so the windows count
 * it).
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
    @SlsAdminCall(response = WithdrawalSettingsView.class)
    public Response settings() {
        return context.audited(RESOURCE, OperationType.ACTION, "withdrawal/settings", () -> {
            WithdrawalSettings settings = WithdrawalSettings.of(context.realm());
            Map<String, DeviceLimitsView> limits = new TreeMap<>();
            settings.limits().forEach((type, l) -> limits.put(type,
                    new DeviceLimitsView(l.perDay().wire(), l.perFiveDays().wire())));
            Map<String, String> rates = new TreeMap<>();
            settings.rates().forEach((currency, rate) -> rates.put(currency.getCurrencyCode(), rate.toPlainString()));
            WithdrawalSettingsView view = new WithdrawalSettingsView(attributes(context.realm().getAttributes()),
                    settings.currency().getCurrencyCode(), limits, rates,
                    settings.calendar().holidays().stream().sorted().map(Object::toString).toList(),
                    settings.calendar().zone().getId(), settings.problems(), WithdrawalLedger.RETENTION.toDays());
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
    @SlsAdminCall(request = WithdrawalAttributes.class, response = WithdrawalAttributes.class)
    public Response replaceSettings(String body) {
        return context.audited(RESOURCE, OperationType.UPDATE, "withdrawal/settings", () -> {
            if (!context.auth().realm().canManageRealm()) {
                throw new ApiException(WithdrawalAdminErrorCode.MANAGE_REALM_REQUIRED,
                        "Changing the withdrawal limits needs manage-realm.");
            }
            WithdrawalAttributes request = context.body(body, WithdrawalAttributes.class);
            if (request.attributes() == null) {
                throw JsonResponses.invalid("attributes (an object of sls.withdrawal.* attributes) is required");
            }
            Map<String, String> wanted = new TreeMap<>();
            request.attributes().forEach((key, value) -> {
                if (key == null || !key.startsWith(WithdrawalSettings.PREFIX) || value == null) {
                    throw JsonResponses.invalid("every attribute is an sls.withdrawal.* name with a string value");
                }
                wanted.put(key, value);
            });
            List<String> problems = WithdrawalSettings.from(wanted).problems();
            if (!problems.isEmpty()) {
                String code = WithdrawalAdminErrorCode.SETTINGS_INVALID.code();
                throw new RefusedWithBody(code, JsonResponses.json(WithdrawalAdminErrorCode.SETTINGS_INVALID.status(),
                        new WithdrawalSettingsProblems(code, problems)));
            }
            attributes(context.realm().getAttributes()).keySet().forEach(context.realm()::removeAttribute);
            wanted.forEach(context.realm()::setAttribute);
            return new AuditedAnswer(JsonResponses.json(200, new WithdrawalAttributes(wanted)), wanted);
        });
    }

    @GET
    @Path("users/{user}")
    @Produces(MediaType.APPLICATION_JSON)
    @SlsAdminCall(response = WithdrawalList.class)
    public Response withdrawals(@PathParam("user") String idOrUsername) {
        return context.audited(RESOURCE, OperationType.ACTION, path(idOrUsername), () -> {
            UserModel user = context.targetUser(idOrUsername);
            List<WithdrawalView> records = new WithdrawalLedger(context.session())
                    .ofUser(context.realm().getId(), user.getId()).stream().map(WithdrawalAdminResource::view).toList();
            return new AuditedAnswer(JsonResponses.json(200, new WithdrawalList(records)),
                    Map.of("userId", user.getId()));
        });
    }

    /**
     * Adds a withdrawal the person confirmed outside the pack. It must lie within the retention and not in the
     * future; it is counted whatever the limits say (it already happened).
     */
    @POST
    @Path("users/{user}")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @SlsAdminCall(request = WithdrawalEntry.class, response = WithdrawalView.class)
    public Response record(@PathParam("user") String idOrUsername, String body) {
        return context.audited(RESOURCE, OperationType.CREATE, path(idOrUsername), () -> {
            UserModel user = context.targetUser(idOrUsername);
            WithdrawalEntry request = context.body(body, WithdrawalEntry.class);
            Money amount;
            try {
                amount = Money.parse(request.amount(), request.currency());
            } catch (IllegalArgumentException e) {
                throw JsonResponses.invalid(e.getMessage());
            }
            if (!amount.isPositive()) {
                throw JsonResponses.invalid("amount must be more than zero");
            }
            Instant at = confirmedAt(request.confirmedAt());
            String device = request.device();
            if (device == null || !device.matches("[a-z][a-z0-9-]{0,63}")) {
                throw JsonResponses.invalid("device must be a credential type such as sls-code-card");
            }
            WithdrawalSettings settings = WithdrawalSettings.of(context.realm());
            Money counted = settings.counted(amount).orElseThrow(() -> JsonResponses.invalid("the realm has no rate"
                    + " for " + amount.code() + " (sls.withdrawal.rate." + amount.code() + ")"));
            WithdrawalEntity entity = new WithdrawalLedger(context.session()).add(context.realm().getId(),
                    user.getId(), at, amount, counted, device, null, context.actor());
            WithdrawalView view = view(entity);
            return new AuditedAnswer(JsonResponses.json(201, view), view);
        });
    }

    private static Instant confirmedAt(String raw) {
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

    private static WithdrawalView view(WithdrawalEntity entity) {
        PastWithdrawal past = WithdrawalLedger.past(entity);
        return new WithdrawalView(entity.getId(), past.amount().plain(), past.amount().code(), past.counted().plain(),
                past.counted().code(), entity.getCredentialType(), entity.getClientId(), entity.getRecordedBy(),
                Instant.ofEpochMilli(entity.getRecordedAt()).toString(),
                Instant.ofEpochMilli(entity.getExpiresAt()).toString());
    }

    private static Map<String, String> attributes(Map<String, String> all) {
        Map<String, String> ours = new TreeMap<>();
        all.forEach((key, value) -> {
            if (key.startsWith(WithdrawalSettings.PREFIX)) {
                ours.put(key, value);
            }
        });
        return ours;
    }

    private static String path(String idOrUsername) {
        return "withdrawal/users/" + SlsAdminContext.pathPart(idOrUsername);
    }
}
