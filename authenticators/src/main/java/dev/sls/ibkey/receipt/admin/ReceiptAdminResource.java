package dev.sls.ibkey.receipt.admin;

import dev.sls.core.signing.DeviceMessage;
import dev.sls.ibkey.receipt.ReceiptCheck;
import dev.sls.ibkey.receipt.ReceiptEntity;
import dev.sls.ibkey.receipt.ReceiptStore;
import dev.sls.ibkey.receipt.Receipts;
import dev.sls.ibkey.receipt.admin.dto.ReceiptCopy;
import dev.sls.ibkey.receipt.admin.dto.ReceiptList;
import dev.sls.ibkey.receipt.admin.dto.ReceiptVerification;
import dev.sls.ibkey.receipt.admin.dto.ReceiptView;
import dev.sls.ibkey.receipt.admin.dto.SignedDecision;
import dev.sls.rest.ApiException;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.keycloak.common.util.Time;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.UserModel;

/**
 * {@code /admin/realms/{realm}/sls/receipts}: Client Services list the signed receipts of a person's phone decisions
 * and check one again: the kept one (the server re-checks the signature against the phone's public key kept with it,
 * even after the phone was replaced) or a copy presented as evidence. Every call is an admin event.
 */
public final class ReceiptAdminResource {

    static final String RESOURCE = "SLS_RECEIPT";
    private static final int DEFAULT_LISTED = 100;

    private final SlsAdminContext context;

    public ReceiptAdminResource(SlsAdminContext context) {
        this.context = context;
    }

    @GET
    @Path("users/{user}")
    @Produces(MediaType.APPLICATION_JSON)
    @SlsAdminCall(response = ReceiptList.class)
    public Response receipts(@PathParam("user") String idOrUsername, @QueryParam("max") String max) {
        return context.audited(RESOURCE, OperationType.ACTION, path(idOrUsername, null), () -> {
            UserModel user = context.targetUser(idOrUsername);
            int limit = limit(max);
            ReceiptList list = new ReceiptList(user.getId(), user.getUsername(),
                    Receipts.retentionDays(context.realm()), new ReceiptStore(context.session())
                    .ofUser(context.realm().getId(), user.getId(), limit).stream()
                    .map(ReceiptAdminResource::view).toList());
            return new AuditedAnswer(JsonResponses.json(200, list), Map.of("receipts", list.receipts().size()));
        });
    }

    @POST
    @Path("users/{user}/{receipt}/verify")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @SlsAdminCall(response = ReceiptVerification.class)
    public Response verify(@PathParam("user") String idOrUsername, @PathParam("receipt") String receiptId) {
        return context.audited(RESOURCE, OperationType.ACTION, path(idOrUsername, receiptId) + "/verify", () -> {
            ReceiptEntity kept = kept(idOrUsername, receiptId);
            return answer(kept, ReceiptCheck.check(kept.getPublicKey(), kept.getMessage(), kept.getSignature()));
        });
    }

    @POST
    @Path("users/{user}/{receipt}/check")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @SlsAdminCall(request = ReceiptCopy.class, response = ReceiptVerification.class)
    public Response check(@PathParam("user") String idOrUsername, @PathParam("receipt") String receiptId,
                          String body) {
        return context.audited(RESOURCE, OperationType.ACTION, path(idOrUsername, receiptId) + "/check", () -> {
            ReceiptEntity kept = kept(idOrUsername, receiptId);
            ReceiptCopy copy = context.body(body, ReceiptCopy.class);
            if (copy.message() == null || copy.signature() == null || copy.signature().length() > 200) {
                throw JsonResponses.invalid("message and signature are required (the signature at most 200 characters)");
            }
            return answer(kept, ReceiptCheck.checkCopy(kept, copy.message(), copy.signature()));
        });
    }

    private ReceiptEntity kept(String idOrUsername, String receiptId) {
        UserModel user = context.targetUser(idOrUsername);
        return new ReceiptStore(context.session()).find(context.realm().getId(), user.getId(), receiptId)
                .orElseThrow(() -> new ApiException(ReceiptAdminErrorCode.RECEIPT_NOT_FOUND,
                        "This person has no receipt with this id (it may have expired)."));
    }

    private static AuditedAnswer answer(ReceiptEntity kept, Optional<ReceiptCheck.Problem> problem) {
        ReceiptVerification verification = new ReceiptVerification(kept.getId(), problem.isEmpty(),
                problem.map(p -> p.name().toLowerCase(Locale.ROOT)).orElse(null),
                Instant.ofEpochSecond(Time.currentTime()).toString());
        return new AuditedAnswer(JsonResponses.json(200, verification), verification);
    }

    private static int limit(String max) {
        if (max == null || max.isBlank()) {
            return DEFAULT_LISTED;
        }
        try {
            int value = Integer.parseInt(max.strip());
            if (value >= 1 && value <= ReceiptStore.MAX_LISTED) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw JsonResponses.invalid("max must be a whole number from 1 to " + ReceiptStore.MAX_LISTED);
    }

    static ReceiptView view(ReceiptEntity r) {
        return new ReceiptView(r.getId(), r.getKind(), r.getOutcome(), Instant.ofEpochMilli(r.getRecordedAt()).toString(),
                Instant.ofEpochMilli(r.getExpiresAt()).toString(), r.getDeviceId(), r.getClientId(), r.getClientName(),
                r.getIpAddress(), r.getUserAgent(), signed(r.getMessage()), r.getMessage(), r.getSignature(),
                r.getPublicKey());
    }

    private static SignedDecision signed(String message) {
        try {
            DeviceMessage parsed = DeviceMessage.parse(message);
            return new SignedDecision(parsed.decision(), parsed.time().toString(), parsed.challengeId(),
                    parsed.deviceHandle(), new LinkedHashMap<>(parsed.extras()));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String path(String idOrUsername, String receiptId) {
        return "receipts/users/" + SlsAdminContext.pathPart(idOrUsername)
                + (receiptId == null ? "" : "/" + SlsAdminContext.pathPart(receiptId));
    }
}
