package dev.sls.mobile.send;

import java.time.Duration;

/**
 * What the person is told about a send.
 *
 * @param outcome    what happened
 * @param channel    the channel it was for
 * @param retryAfter when a limit was hit, how long until the next code may be sent; else zero
 */
public record SendReport(SendOutcome outcome, Channel channel, Duration retryAfter) {

    public static SendReport of(SendOutcome outcome, Channel channel) {
        return new SendReport(outcome, channel, Duration.ZERO);
    }

    public static SendReport limited(Channel channel, Duration retryAfter) {
        return new SendReport(SendOutcome.LIMITED, channel, retryAfter);
    }

    public boolean delivered() {
        return outcome.delivered();
    }

    /** Whole minutes until a retry, rounded up (at least 1), as the page says it. */
    public long retryAfterMinutes() {
        return Math.max(1, (retryAfter.getSeconds() + 59) / 60);
    }
}
