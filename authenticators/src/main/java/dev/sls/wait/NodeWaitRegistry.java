package dev.sls.wait;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.keycloak.cluster.ClusterProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * The browsers waiting on this node, each a pending future rather than a parked thread: a long-poll request returns
 * its future to the HTTP layer and frees its worker thread at once. Futures complete when a watch is settled on this
 * node, when another node says it settled one ({@link WatchSettledEvent} through Keycloak's cluster provider), or when
 * the poll times out. A periodic sweep of the store is the safety net for a message that never came. One scheduler
 * thread per node does the sweeping and the timeouts.
 */
public final class NodeWaitRegistry implements WaitRegistry {

    private static final Logger LOG = Logger.getLogger(NodeWaitRegistry.class);

    private final Map<String, List<CompletableFuture<WatchState>>> waiters = new ConcurrentHashMap<>();
    private final ScheduledExecutorService scheduler;
    private final KeycloakSessionFactory sessionFactory;
    private final long sweepMillis;

    NodeWaitRegistry(KeycloakSessionFactory sessionFactory, Duration sweepInterval) {
        this.sessionFactory = sessionFactory;
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "sls-wait-registry");
            thread.setDaemon(true);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
        this.scheduler = executor;
        long millis = sweepInterval.toMillis();
        this.sweepMillis = millis;
        scheduler.scheduleWithFixedDelay(this::sweep, millis, millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public CompletableFuture<WatchState> register(String watchId, Duration timeout) {
        CompletableFuture<WatchState> future = new CompletableFuture<>();
        // Added inside compute: a list another poll's forget() is removing from the map must not take the future.
        waiters.compute(watchId, (id, list) -> {
            List<CompletableFuture<WatchState>> kept = list == null ? new CopyOnWriteArrayList<>() : list;
            kept.add(future);
            return kept;
        });
        var timer = scheduler.schedule(() -> future.complete(WatchState.PENDING), timeout.toMillis(),
                TimeUnit.MILLISECONDS);
        future.whenComplete((state, error) -> {
            timer.cancel(false);
            forget(watchId, future);
        });
        return future;
    }

    @Override
    public void wake(String watchId, WatchState state) {
        List<CompletableFuture<WatchState>> list = waiters.get(watchId);
        if (list != null) {
            list.forEach(future -> future.complete(state));
        }
    }

    @Override
    public void settled(KeycloakSession session, String watchId, WatchState state) {
        wake(watchId, state);
        try {
            session.getProvider(ClusterProvider.class)
                    .notify(WatchSettledEvent.TOPIC, new WatchSettledEvent(watchId, state.wire()), true);
        } catch (RuntimeException e) {
            LOG.debugf("Could not tell the other nodes about a settled watch (their sweep will): %s", e.toString());
        }
    }

    /** Wakes this node's waiters when another node settles a watch. */
    void listenToCluster() {
        try {
            KeycloakModelUtils.runJobInTransaction(sessionFactory, session -> session.getProvider(ClusterProvider.class)
                    .registerListener(WatchSettledEvent.TOPIC, event -> {
                        if (event instanceof WatchSettledEvent settled && settled.outcome() != null) {
                            wake(settled.watchId(), new WatchState(settled.outcome()));
                        }
                    }));
        } catch (RuntimeException e) {
            LOG.warnf("No cluster notifications for waiting browsers; the %d ms sweep alone will find outcomes settled "
                    + "on other nodes: %s", sweepMillis, e.toString());
        }
    }

    private void forget(String watchId, CompletableFuture<WatchState> future) {
        waiters.computeIfPresent(watchId, (id, list) -> {
            list.remove(future);
            return list.isEmpty() ? null : list;
        });
    }

    private void sweep() {
        if (waiters.isEmpty()) {
            return;
        }
        try {
            KeycloakModelUtils.runJobInTransaction(sessionFactory, session -> {
                Watches watches = new Watches(session);
                for (String watchId : List.copyOf(waiters.keySet())) {
                    WatchState state = watches.state(watchId);
                    if (!state.isPending()) {
                        wake(watchId, state);
                    }
                }
            });
        } catch (RuntimeException e) {
            LOG.warnf("Sweep of waiting browsers failed: %s", e.toString());
        }
    }

    void shutdown() {
        scheduler.shutdownNow();
        waiters.values().forEach(list -> list.forEach(future -> future.complete(WatchState.PENDING)));
    }
}
