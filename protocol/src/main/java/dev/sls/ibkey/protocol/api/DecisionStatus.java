package dev.sls.ibkey.protocol.api;

import java.util.Locale;
import java.util.Optional;

/** What became of a decision the phone sent; the wire form ({@link #wire()}) is {@link DecisionResult#status()}. */
public enum DecisionStatus {
    APPROVED, DENIED, NUMBER_MISMATCH;

    public String wire() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<DecisionStatus> fromWire(String wire) {
        for (DecisionStatus status : values()) {
            if (status.wire().equals(wire)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
