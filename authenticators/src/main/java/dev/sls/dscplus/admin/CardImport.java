package dev.sls.dscplus.admin;

import dev.sls.core.api.CommonErrorCode;
import dev.sls.dscplus.admin.dto.CardImportReport;
import dev.sls.dscplus.admin.dto.CardImportRequest;
import dev.sls.dscplus.admin.dto.CardView;
import dev.sls.dscplus.credential.CardSecrets;
import dev.sls.dscplus.credential.SeedSeal;
import dev.sls.dscplus.inventory.CardEntity;
import dev.sls.dscplus.inventory.CardInventory;
import dev.sls.dscplus.protocol.pskc.PskcCard;
import dev.sls.dscplus.protocol.pskc.PskcProblem;
import dev.sls.dscplus.protocol.pskc.PskcReader;
import dev.sls.dscplus.protocol.pskc.PskcResult;
import dev.sls.dscplus.protocol.pskc.TransportKey;
import dev.sls.rest.ApiException;
import dev.sls.rest.JsonResponses;
import dev.sls.rest.SlsAdminContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * Imports a vendor's PSKC file into the inventory, all of it or nothing: every card of the file is checked (the
 * file itself, and no serial already in the inventory for the same period) before the first one is stored, seeds
 * sealed with the server's seed key.
 */
final class CardImport {

    private final SlsAdminContext context;
    private final SeedSeal seal;

    CardImport(SlsAdminContext context, SeedSeal seal) {
        this.context = context;
        this.seal = seal;
    }

    /** @throws SlsAdminContext.RefusedWithBody with the report when anything in the file is wrong */
    CardImportReport run(CardImportRequest request) {
        if (request.pskc() == null || request.pskc().isBlank()) {
            throw JsonResponses.invalid("pskc (the file's XML) is required");
        }
        if (request.preSharedKey() != null && request.password() != null) {
            throw JsonResponses.invalid("give preSharedKey or password, not both");
        }
        TransportKey key = transportKey(request);
        PskcResult file;
        try {
            file = PskcReader.read(request.pskc().getBytes(StandardCharsets.UTF_8), key);
        } finally {
            key.wipe();
        }
        try {
            List<PskcProblem> problems = new ArrayList<>(file.problems());
            CardInventory inventory = new CardInventory(context.session());
            for (PskcCard card : file.cards()) {
                if (inventory.bySerial(context.realm().getId(), card.serial()).stream().anyMatch(c -> overlaps(c, card))) {
                    problems.add(new PskcProblem(card.keyPackage(), card.keyId(), card.serial(),
                            "serial " + card.serial() + " is already in the inventory"));
                }
            }
            if (!problems.isEmpty()) {
                throw rejected(problems, file.warnings());
            }
            if (request.preview()) {
                List<CardView> checked = file.cards().stream().map(CardImport::preview).toList();
                return new CardImportReport(null, null, null, 0, checked, List.of(), file.warnings());
            }
            String batch = KeycloakModelUtils.generateId();
            List<CardView> stored = file.cards().stream().map(card -> store(inventory, card, batch)).toList();
            return new CardImportReport(null, null, batch, stored.size(), stored, List.of(), file.warnings());
        } finally {
            file.wipe();
        }
    }

    private CardView store(CardInventory inventory, PskcCard card, String batch) {
        CardEntity entity = entityOf(card);
        entity.setId(KeycloakModelUtils.generateId());
        entity.setRealmId(context.realm().getId());
        entity.setBatchId(batch);
        byte[] secret = card.secret();
        try {
            entity.setSealedSeed(seal.seal(secret, CardSecrets.seedContext(context.realm().getId(), entity.getId())));
        } finally {
            CardSecrets.wipe(secret);
        }
        inventory.add(entity, context.actor());
        return CardViews.of(entity, null);
    }

    /** What the card would be once stored, in stock: no id, no batch, no times of its own; never persisted. */
    private static CardView preview(PskcCard card) {
        CardView stored = CardViews.of(entityOf(card), null);
        return new CardView(null, stored.serial(), stored.keyId(), stored.manufacturer(), stored.suite(), "stock", null,
                stored.validFrom(), stored.validUntil(), null, null, null, null);
    }

    private static CardEntity entityOf(PskcCard card) {
        CardEntity entity = new CardEntity();
        entity.setSerial(card.serial());
        entity.setKeyId(card.keyId());
        entity.setManufacturer(card.manufacturer());
        entity.setSuite(card.suite());
        entity.setCounter(card.counter().isPresent() ? card.counter().getAsLong() : null);
        entity.setValidFrom(card.validFrom().map(java.time.Instant::toEpochMilli).orElse(null));
        entity.setValidUntil(card.validUntil().map(java.time.Instant::toEpochMilli).orElse(null));
        return entity;
    }

    private static boolean overlaps(CardEntity existing, PskcCard card) {
        long from = card.validFrom().map(java.time.Instant::toEpochMilli).orElse(Long.MIN_VALUE);
        long until = card.validUntil().map(java.time.Instant::toEpochMilli).orElse(Long.MAX_VALUE);
        long existingFrom = existing.getValidFrom() == null ? Long.MIN_VALUE : existing.getValidFrom();
        long existingUntil = existing.getValidUntil() == null ? Long.MAX_VALUE : existing.getValidUntil();
        return Math.max(from, existingFrom) <= Math.min(until, existingUntil);
    }

    private static TransportKey transportKey(CardImportRequest request) {
        if (request.password() != null) {
            return TransportKey.password(request.password());
        }
        if (request.preSharedKey() == null) {
            return TransportKey.none();
        }
        String hex = request.preSharedKey().replaceAll("\\s", "");
        if (!hex.matches("([0-9a-fA-F]{2}){16,32}")) {
            throw new ApiException(CommonErrorCode.INVALID_REQUEST, "preSharedKey must be 16 to 32 bytes in hex");
        }
        return TransportKey.preShared(HexFormat.of().parseHex(hex));
    }

    private static SlsAdminContext.RefusedWithBody rejected(List<PskcProblem> problems, List<String> warnings) {
        String code = DscPlusAdminErrorCode.PSKC_REJECTED.code();
        CardImportReport report = new CardImportReport(code, "The file was not imported: " + problems.size()
                + " problem(s), each naming its key package (0: the file as a whole). Nothing was stored.",
                null, 0, List.of(), problems, warnings);
        return new SlsAdminContext.RefusedWithBody(code,
                JsonResponses.json(DscPlusAdminErrorCode.PSKC_REJECTED.status(), report));
    }
}
