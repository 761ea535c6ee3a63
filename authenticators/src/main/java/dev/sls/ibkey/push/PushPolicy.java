package dev.sls.ibkey.push;

/**
 * How often pushes may go, per user and per client IP (from the IB Key step's config).
 *
 * @param unansweredLimit   pushes in a row left unanswered (expired, replaced or abandoned) before the cooldown
 * @param cooldownSeconds   pause after that; challenge/response keeps working
 * @param pushesPerWindow   pushes per user in any {@code windowSeconds}, whatever the number of browser sessions
 * @param backoffSeconds    from the third push of a window on, the wait between two pushes: this, then doubled each time
 * @param sendsPerClientIp  second-factor sends (pushes, SMS, calls) per client IP in ten minutes
 */
public record PushPolicy(int unansweredLimit, int cooldownSeconds, int pushesPerWindow, int windowSeconds,
                         int backoffSeconds, int sendsPerClientIp) {

    /** The wait before push number {@code sent + 1} of a window, {@code sent} pushes having gone already. */
    long backoffBefore(int sent) {
        return sent < 2 ? 0 : Math.min((long) windowSeconds, (long) backoffSeconds << Math.min(20, sent - 2));
    }
}
