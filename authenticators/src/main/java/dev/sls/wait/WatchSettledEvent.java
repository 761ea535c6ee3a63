package dev.sls.wait;

import org.keycloak.cluster.ClusterEvent;

/**
 * Told to every other node when a watch is settled, so their waiting browsers answer at once instead of at the next
 * sweep. Marshalled by {@link WaitSchema}.
 */
public record WatchSettledEvent(String watchId, String outcome) implements ClusterEvent {

    /** The cluster-provider topic the events travel on. */
    public static final String TOPIC = "sls-watch-settled";
}
