package dev.sls.ibkey.push;

/**
 * Who asks for a push and from where; {@code amount} is an optional amount to show and bind (may be null).
 * {@code loginRef} names the login (authentication session and tab) the push belongs to, so a restarted login can
 * retire the push it sent before.
 */
public record PushRequest(String realmId, String userId, String deviceHandle, String clientId, String clientName,
                          String ipAddress, String amount, String loginRef) {
}
