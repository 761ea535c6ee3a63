package dev.sls.wait;

import java.util.Objects;

/**
 * What a waiting browser is told about a watch: {@link #PENDING}, {@link #EXPIRED}, or the outcome its owner settled
 * it with (a short lower-case word such as {@code approved}, defined by the owner). The wire form is {@link #wire()}.
 */
public record WatchState(String wire) {

    public static final WatchState PENDING = new WatchState("pending");
    public static final WatchState EXPIRED = new WatchState("expired");

    public WatchState {
        Objects.requireNonNull(wire, "wire");
    }

    public static WatchState settled(String outcome) {
        if (outcome == null || !outcome.matches("[a-z][a-z-]{0,31}") || outcome.equals(PENDING.wire)) {
            throw new IllegalArgumentException("not a watch outcome: " + outcome);
        }
        return new WatchState(outcome);
    }

    public boolean isPending() {
        return equals(PENDING);
    }

    public boolean is(String outcome) {
        return wire.equals(outcome);
    }
}
