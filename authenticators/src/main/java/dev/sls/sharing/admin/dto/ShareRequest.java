package dev.sls.sharing.admin.dto;

/**
 * A device-sharing request as compliance sees it: who asks to use whose device, of which type, where it stands
 * ({@code pending}, {@code approved}, {@code rejected}) and, once decided, when and (rejected) why. No identification
 * data and nothing secret.
 */
public record ShareRequest(String shareId, String requesterId, String requesterUsername, String ownerId,
                           String ownerUsername, String deviceType, String state, String requestedAt,
                           String decidedAt, String reason) {
}
