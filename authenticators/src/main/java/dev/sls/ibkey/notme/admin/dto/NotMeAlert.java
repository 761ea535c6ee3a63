package dev.sls.ibkey.notme.admin.dto;

/**
 * A login the person's phone refused with "I did not start this": when, which phone, and the login's client, address
 * and browser; amount and payee when it asked for a withdrawal. {@code receiptId} names the signed receipt.
 */
public record NotMeAlert(String receiptId, String reportedAt, String deviceId, String clientId, String clientName,
                         String ipAddress, String userAgent, String amount, String payee) {
}
