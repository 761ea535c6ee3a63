package dev.sls.ibkey.protocol.api;

import java.util.Locale;
import java.util.Optional;

/** What became of a decision the phone sent; the wire form ({@link #wire()}) is {@link DecisionResult#status()}. */
public enum DecisionStatus {
    APPROVED, DENIED, NUMBER_MISMATCH, CODE_MISMATCH;

    /** A wrong pick or a wrong code: the push dies and it counts as a failed attempt, like a deny. */
    public boolean isMismatch() {
        return this == NUMBER_MISMATCH || this == CODE_MISMATCH;
    }

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
