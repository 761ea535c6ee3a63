package dev.sls.wait;

/** States a waiting browser can be told. The wire form is {@link #wire()}. */
public enum WatchState {
    PENDING, APPROVED, DENIED, NUMBER_MISMATCH, ACTIVATED, EXPIRED;

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static WatchState fromWire(String wire) {
        for (WatchState state : values()) {
            if (state.wire().equals(wire)) {
                return state;
            }
        }
        return EXPIRED;
    }
}
