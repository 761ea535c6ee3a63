package dev.sls.ibkey.activation;

/** What a redeemed activation code stood for. */
public record PendingActivation(String realmId, String userId, String watchId) {
}
