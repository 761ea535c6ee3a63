package dev.sls.ibkey.receipt.admin.dto;

/**
 * One kept receipt. {@code signed} is read from {@code message} (null when the kept text is no canonical message);
 * client, address and browser are what the server knew of the login, not signed by the phone. Times are ISO-8601.
 */
public record ReceiptView(String id, String kind, String outcome, String recordedAt, String expiresAt,
                          String deviceId, String clientId, String clientName, String ipAddress, String userAgent,
                          SignedDecision signed, String message, String signature, String publicKey) {
}
