package dev.sls.binding.history.admin.dto;

/**
 * One line of a person's device history.
 *
 * @param at         ISO-8601 instant
 * @param event      a {@code HistoryEvent} in lower case (activated, recovered, …, shared, suspended, reactivated,
 *                   unshared)
 * @param proof      how the binding was proved (qr, sms, sms+pin, card-codes, …) or null
 * @param publicKey  Base64 X.509 public key of a signing device (IB Key), to check its old signatures; else null
 * @param actor      the admin who did it, or null
 */
public record HistoryLine(String at, String event, String deviceType, String label, String proof,
                          String credentialId, String publicKey, String actor) {
}
