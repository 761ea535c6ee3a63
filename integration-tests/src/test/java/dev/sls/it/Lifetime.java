package dev.sls.it;

import java.time.Duration;
import java.time.Instant;

/**
 * Waits out a lifetime the test server counts (a challenge, a code, a push), no longer than needed. The test realms
 * already use each setting's smallest allowed value; those minimums are what a person needs in real use, so they are
 * not lowered for tests. What is left to save is the slack of a fixed sleep.
 */
public final class Lifetime {

    /** Clock steps and scheduling, so the server's clock has surely reached the end too. */
    private static final Duration MARGIN = Duration.ofMillis(100);

    private Lifetime() {
    }

    /**
     * Returns once a lifetime started at the latest at {@code issuedBy} (an instant taken after the server answered
     * the request that started it) is over. The server counts an expiry from the moment it issued, in whole seconds
     * rounded down or in milliseconds, so the end is never later than {@code issuedBy + lifetime}; test and server
     * run on the same machine and read the same clock.
     */
    public static void awaitEnd(Instant issuedBy, Duration lifetime) {
        long left = Duration.between(Instant.now(), issuedBy.plus(lifetime).plus(MARGIN)).toMillis();
        if (left <= 0) {
            return;
        }
        try {
            Thread.sleep(left);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
