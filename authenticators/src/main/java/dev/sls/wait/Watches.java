package dev.sls.wait;

import java.util.Map;
import org.keycloak.common.util.Time;
import org.keycloak.models.AbstractKeycloakTransaction;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.SingleUseObjectProvider;

/**
 * Outcomes a browser waits for (a push decision, a phone activation), kept in Keycloak's single-use object store so
 * every node sees them. Settling a watch also wakes the browsers waiting for it, on every node, once the transaction
 * commits. Every watch keeps the lifespan it was opened with, settled or not.
 */
public final class Watches {

    private static final String PREFIX = "sls.watch.";
    private static final String STATE = "state";
    private static final String EXPIRES = "expires";

    private final KeycloakSession session;

    public Watches(KeycloakSession session) {
        this.session = session;
    }

    public void open(String watchId, long lifespanSeconds) {
        long expires = Time.currentTime() + lifespanSeconds;
        store().put(PREFIX + watchId, lifespanSeconds,
                Map.of(STATE, WatchState.PENDING.wire(), EXPIRES, Long.toString(expires)));
    }

    /** The watch's state; {@link WatchState#EXPIRED} once its lifespan is over (or for an id never opened). */
    public WatchState state(String watchId) {
        Map<String, String> notes = store().get(PREFIX + watchId);
        return notes == null || notes.get(STATE) == null ? WatchState.EXPIRED : new WatchState(notes.get(STATE));
    }

    /** Records the outcome for the rest of the watch's lifespan; a watch that already expired stays expired. */
    public void settle(String watchId, WatchState outcome) {
        Map<String, String> notes = store().get(PREFIX + watchId);
        if (notes == null) {
            return;
        }
        String expires = notes.getOrDefault(EXPIRES, "0");
        long remaining = Long.parseLong(expires) - Time.currentTime();
        if (remaining <= 0) {
            return;
        }
        store().put(PREFIX + watchId, remaining, Map.of(STATE, outcome.wire(), EXPIRES, expires));
        WaitRegistry registry = WaitRegistry.of(session);
        session.getTransactionManager().enlistAfterCompletion(new AbstractKeycloakTransaction() {
            @Override
            protected void commitImpl() {
                registry.settled(session, watchId, outcome);
            }

            @Override
            protected void rollbackImpl() {
                // nothing was settled
            }
        });
    }

    private SingleUseObjectProvider store() {
        return session.singleUseObjects();
    }
}
