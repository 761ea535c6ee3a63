package dev.sls.ibkey.push;

/**
 * Who asks for a push and from where; {@code amount} and {@code payee} are what a withdrawal shows on the phone and
 * binds into its signed decision (null without a withdrawal; {@code payee} also when the application named none).
 * {@code loginRef} names the login (authentication session and tab) the push belongs to, so a restarted login can
 * retire the push it sent before.
 */
public record PushRequest(String realmId, String userId, String deviceHandle, String clientId, String clientName,
                          String ipAddress, String amount, String payee, String loginRef) {
}
