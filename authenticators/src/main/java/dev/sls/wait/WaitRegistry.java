package dev.sls.wait;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.keycloak.models.KeycloakSession;
import org.keycloak.provider.Provider;

/**
 * This node's browsers waiting for a watch to be settled (SPI {@value WaitRegistrySpi#NAME}). Each waiter is a pending
 * future, never a parked thread.
 */
public interface WaitRegistry extends Provider {

    static WaitRegistry of(KeycloakSession session) {
        return session.getProvider(WaitRegistry.class);
    }

    /**
     * A future that completes when {@code watchId} leaves PENDING on any node, or with PENDING at {@code timeout}. It is
     * registered before the caller reads the watch's state, so a settle racing with the registration is never missed.
     */
    CompletableFuture<WatchState> register(String watchId, Duration timeout);

    /** Completes this node's waiters of {@code watchId} at once. */
    void wake(String watchId, WatchState state);

    /**
     * A watch was settled (its transaction committed): wakes this node's waiters and tells the other nodes to wake
     * theirs. If the message cannot go, the other nodes' sweep still finds the outcome.
     */
    void settled(KeycloakSession session, String watchId, WatchState state);

    @Override
    default void close() {
        // the registry outlives the sessions that use it
    }
}
