package dev.sls.temporary.credential;

import java.util.Locale;
import java.util.Optional;

/** The two temporary devices of the seeds: a temporary code, and an online security code card. */
public enum TemporaryAccessKind {
    CODE, GRID;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<TemporaryAccessKind> fromWire(String name) {
        for (TemporaryAccessKind kind : values()) {
            if (kind.wireName().equals(name)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
