package dev.sls.dscplus.admin.dto;

import java.util.List;

/** A card as the admin API shows it: everything but its seed. Times are ISO instants; {@code history} only alone. */
public record CardView(String id, String serial, String keyId, String manufacturer, String suite, String state,
                       String userId, String validFrom, String validUntil, String importedAt, String updatedAt,
                       String batch, List<CardHistoryStep> history) {
}
