package dev.sls.mobile.send;

import dev.sls.wait.WatchIds;
import dev.sls.wait.WatchState;
import dev.sls.wait.Watches;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.keycloak.models.AbstractKeycloakTransaction;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * A send whose provider has not answered yet, followed through a watch of {@code dev.sls.wait}: the watch is opened
 * in the cluster-wide store with the request, and the provider's answer settles it once that is committed (on the
 * sender's own thread, in a session of its own), which wakes the page waiting for it on whichever node. A provider that says nothing within
 * {@link CodeDelivery#WAIT} settles it as {@link SendOutcome#PENDING} (the code may still come). The watch lives as
 * long as the code it carries.
 */
final class SendWatch {

    private static final Logger LOG = Logger.getLogger(SendWatch.class);

    private SendWatch() {
    }

    /** Opens a watch for a send about to start; its id goes with the report. */
    static String open(KeycloakSession session, Duration lifespan) {
        String watchId = WatchIds.random();
        new Watches(session).open(watchId, Math.max(1, lifespan.getSeconds()));
        return watchId;
    }

    /**
     * Settles {@code watchId} with the answer of {@code pending} when it comes, but never before this request's
     * transaction committed: Keycloak's single-use store writes at commit, so the watch opened by this request exists
     * only then (a request that rolls back settles nothing). The settling runs on the thread that brings the last of
     * the two: the sender's worker when Twilio answers after the page was rendered, as it normally does.
     */
    static void follow(KeycloakSession session, String watchId, Channel channel,
                       CompletableFuture<SendResult> pending) {
        KeycloakSessionFactory factory = session.getKeycloakSessionFactory();
        CompletableFuture<Boolean> stored = new CompletableFuture<>();
        session.getTransactionManager().enlistAfterCompletion(new AbstractKeycloakTransaction() {
            @Override
            protected void commitImpl() {
                stored.complete(true);
            }

            @Override
            protected void rollbackImpl() {
                stored.complete(false);
            }
        });
        pending.completeOnTimeout(SendResult.failed("none", SendOutcome.PENDING, "no answer in time"),
                        CodeDelivery.WAIT.toMillis(), TimeUnit.MILLISECONDS)
                .handle((result, error) -> error != null ? SendOutcome.PROVIDER_DOWN : result.outcome())
                .thenCombine(stored, (outcome, committed) -> {
                    if (committed) {
                        settle(factory, watchId, channel, outcome);
                    }
                    return outcome;
                });
    }

    /** The outcome a watch says, or {@link SendOutcome#SENDING} while it is pending; empty once it expired. */
    static Optional<SendOutcome> outcome(KeycloakSession session, String watchId) {
        WatchState state = new Watches(session).state(watchId);
        if (state.isPending()) {
            return Optional.of(SendOutcome.SENDING);
        }
        return state.equals(WatchState.EXPIRED) ? Optional.empty()
                : Optional.of(SendOutcome.fromWire(state.wire()));
    }

    private static void settle(KeycloakSessionFactory factory, String watchId, Channel channel, SendOutcome outcome) {
        if (outcome == SendOutcome.PENDING) {
            LOG.warnf("No answer from the message sender within %d s for a %s; the page says the code may still come",
                    CodeDelivery.WAIT.getSeconds(), channel);
        }
        try {
            KeycloakModelUtils.runJobInTransaction(factory,
                    session -> new Watches(session).settle(watchId, WatchState.settled(outcome.wire())));
        } catch (RuntimeException e) {
            // The page then finds the watch still pending until it expires, and says the code may still come.
            LOG.warnf("Could not record the outcome of a %s send: %s", channel, e.toString());
        }
    }
}
