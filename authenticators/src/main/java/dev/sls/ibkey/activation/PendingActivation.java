package dev.sls.ibkey.activation;

/** What a redeemed activation code stood for, and how it came to be. */
public record PendingActivation(String realmId, String userId, String watchId, ActivationOrigin origin) {
}
