package dev.sls.ibkey.protocol.api;

import java.util.Locale;
import java.util.Optional;

/**
 * How a push approval is tied to the browser that asked for it.
 * <ul>
 *   <li>{@link #CODE}: the browser shows a 6-digit code the person types into the phone, which signs it with the
 *       decision — the secret crosses from one channel to the other (NIST SP 800-63B-4); the default.</li>
 *   <li>{@link #NUMBER}: the browser shows a number, the phone offers three to pick from.</li>
 *   <li>{@link #NONE}: plain approve (the seeds' seamless mode).</li>
 * </ul>
 */
public enum MatchMode {
    CODE, NUMBER, NONE;

    /** Digits of the code shown in {@link #CODE} mode. */
    public static final int CODE_DIGITS = 6;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<MatchMode> fromWire(String wire) {
        for (MatchMode mode : values()) {
            if (mode.wire().equals(wire)) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }
}
