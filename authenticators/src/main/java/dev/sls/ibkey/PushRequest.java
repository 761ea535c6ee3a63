package dev.sls.ibkey;

/** Who asks for a push and from where; {@code amount} is an optional amount to show and bind (may be null). */
public record PushRequest(String realmId, String userId, String credentialId, String clientId, String clientName,
                          String ipAddress, String amount) {
}
