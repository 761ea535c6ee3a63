package dev.sls.core.limit;

import java.time.Duration;

/**
 * The cap every device that sends something to a person (a push now, SMS and voice calls too) shares per client IP,
 * so that one address cannot make the pack message many users (SMS pumping, push bombing across accounts).
 */
public final class SecondFactorSends {

    public static final Duration WINDOW = Duration.ofMinutes(10);
    public static final int DEFAULT_PER_CLIENT_IP = 30;

    private SecondFactorSends() {
    }

    /** At most {@code max} sends from one client IP in any ten minutes, whatever the device. */
    public static RateLimits.Limit perClientIp(int max) {
        return new RateLimits.Limit("send-ip", max, WINDOW);
    }
}
