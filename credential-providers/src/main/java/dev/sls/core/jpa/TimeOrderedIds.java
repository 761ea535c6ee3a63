package dev.sls.core.jpa;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Row ids (36 characters) that sort, as text, in the order this node made them: the time in milliseconds, then a
 * per-node sequence, then random digits so two nodes never make the same id. A listing ordered by time and then id
 * reads in the order things happened, even for rows written in the same millisecond (a recovery retires the old
 * phone and records the new one in one request). Rows two nodes write in the same millisecond keep an arbitrary but
 * stable order.
 */
public final class TimeOrderedIds {

    private static final AtomicLong SEQUENCE = new AtomicLong();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int RANDOM_BYTES = 7;

    private TimeOrderedIds() {
    }

    /** {@code <12 hex digits of epochMillis>-<8 hex digits of sequence>-<14 random hex digits>}. */
    public static String next(long epochMillis) {
        if (epochMillis < 0) {
            throw new IllegalArgumentException("epochMillis must not be negative");
        }
        byte[] random = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(random);
        long sequence = SEQUENCE.getAndIncrement() & 0xFFFF_FFFFL;
        return String.format("%012x-%08x-%s", epochMillis, sequence, HexFormat.of().formatHex(random));
    }
}
