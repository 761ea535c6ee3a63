package dev.sls.dscplus.protocol.pskc;

import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One card read from a PSKC file: where it was in the file, its serial, its OCRA suite and secret, and the validity
 * the vendor gave it. Holds the secret in clear: {@link #toString()} never shows it, and {@link #wipe()} clears it.
 *
 * @param keyPackage 1-based position of its key package in the file
 * @param serial     canonical serial (see {@code CardSerial})
 * @param counter    initial counter, for suites with a counter
 * @param validFrom  start of the vendor's validity period, if any
 * @param validUntil end of the vendor's validity period, if any
 */
public record PskcCard(int keyPackage, String keyId, String serial, String manufacturer, String suite,
                       byte[] secret, OptionalLong counter, Optional<Instant> validFrom, Optional<Instant> validUntil) {

    public PskcCard {
        secret = secret.clone();
    }

    @Override
    public byte[] secret() {
        return secret.clone();
    }

    /** Whether the validity periods of two cards share an instant (no bounds means forever). */
    public boolean overlaps(PskcCard other) {
        Instant start = later(validFrom.orElse(Instant.MIN), other.validFrom.orElse(Instant.MIN));
        Instant end = earlier(validUntil.orElse(Instant.MAX), other.validUntil.orElse(Instant.MAX));
        return !start.isAfter(end);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    public void wipe() {
        Arrays.fill(secret, (byte) 0);
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public String toString() {
        return "PskcCard[#" + keyPackage + " " + serial + " " + suite + "]";
    }
}
