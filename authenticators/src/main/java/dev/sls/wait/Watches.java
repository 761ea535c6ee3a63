package dev.sls.wait;

import java.util.Map;
import org.keycloak.models.AbstractKeycloakTransaction;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.SingleUseObjectProvider;

/**
 * Outcomes a browser waits for (a push decision, a phone activation), kept in Keycloak's single-use object store so
 * every node sees them. Settling a watch also wakes the browsers waiting on this node at once, after the
 * transaction commits; browsers waiting on other nodes are found by {@link WaitRegistry}'s sweep.
 */
public final class Watches {

    private static final String PREFIX = "sls.watch.";
    private static final String STATE = "state";

    private final KeycloakSession session;

    public Watches(KeycloakSession session) {
        this.session = session;
    }

    public void open(String watchId, long lifespanSeconds) {
        store().put(PREFIX + watchId, lifespanSeconds, Map.of(STATE, WatchState.PENDING.wire()));
    }

    public WatchState state(String watchId) {
        Map<String, String> notes = store().get(PREFIX + watchId);
        return notes == null ? WatchState.EXPIRED : WatchState.fromWire(notes.get(STATE));
    }

    public void settle(String watchId, WatchState outcome) {
        store().replace(PREFIX + watchId, Map.of(STATE, outcome.wire()));
        WaitRegistry registry = WaitRegistry.of(session);
        session.getTransactionManager().enlistAfterCompletion(new AbstractKeycloakTransaction() {
            @Override
            protected void commitImpl() {
                registry.wake(watchId, outcome);
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
