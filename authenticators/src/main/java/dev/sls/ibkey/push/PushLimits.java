package dev.sls.ibkey.push;

import dev.sls.core.limit.RateLimits;
import dev.sls.core.limit.SecondFactorSends;
import dev.sls.ibkey.notme.PushStop;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.SingleUseObjectProvider;

/**
 * The push-bombing brakes, held across nodes and sessions: a cooldown after unanswered pushes, a cap per user per
 * window with a growing wait between pushes, and the per-client-IP cap every second-factor send shares.
 */
public final class PushLimits {

    /** Why no push goes now, and when one may. */
    public record Refusal(Reason reason, Duration retryAfter) {
    }

    public enum Reason { PAUSED, STOPPED_NOT_ME, TOO_SOON, TOO_MANY_FROM_THIS_ADDRESS }

    private static final String UNANSWERED = "sls.ibkey.unanswered.";
    /** Present while any unanswered push is counted: an answered push then costs one lookup when there is none. */
    private static final String ANY_UNANSWERED = "sls.ibkey.unanswered-any.";
    private static final String COOLDOWN = "sls.ibkey.cooldown.";
    private static final String LAST = "sls.ibkey.last-push.";

    private final KeycloakSession session;
    private final RateLimits limits;

    public PushLimits(KeycloakSession session) {
        this.session = session;
        this.limits = new RateLimits(session);
    }

    /** Takes one push from the user's and the address's allowance, or says why not. */
    public Optional<Refusal> tryPush(String userId, String clientIp, PushPolicy policy) {
        Optional<Instant> stopped = new PushStop(session).stoppedUntil(userId);
        if (stopped.isPresent()) {
            return Optional.of(new Refusal(Reason.STOPPED_NOT_ME,
                    Duration.ofSeconds(stopped.get().getEpochSecond() - Time.currentTime())));
        }
        if (store().contains(COOLDOWN + userId)) {
            return Optional.of(new Refusal(Reason.PAUSED, Duration.ofSeconds(policy.cooldownSeconds())));
        }
        long now = Time.currentTime();
        Map<String, String> last = store().get(LAST + userId);
        int sent = last == null ? 0 : Integer.parseInt(last.getOrDefault("count", "0"));
        long wait = last == null ? 0 : Long.parseLong(last.get("at")) + policy.backoffBefore(sent) - now;
        if (wait > 0) {
            return Optional.of(new Refusal(Reason.TOO_SOON, Duration.ofSeconds(wait)));
        }
        RateLimits.Use userUse = limits.claim(perUser(policy), userId);
        if (!userUse.allowed()) {
            return Optional.of(new Refusal(Reason.TOO_SOON, userUse.retryAfter()));
        }
        Optional<Duration> addressFull = limits.tryUse(SecondFactorSends.perClientIp(policy.sendsPerClientIp()),
                clientIp);
        if (addressFull.isPresent()) {
            return Optional.of(new Refusal(Reason.TOO_MANY_FROM_THIS_ADDRESS, addressFull.get()));
        }
        store().put(LAST + userId, policy.windowSeconds(), Map.of("at", Long.toString(now),
                "count", Integer.toString(sent + 1), "slot", Integer.toString(userUse.slot())));
        return Optional.empty();
    }

    /** Whether pushes to the user pause for the cooldown after unanswered ones (challenge/response still works). */
    public boolean isPaused(String userId) {
        return store().contains(COOLDOWN + userId);
    }

    /** A push nobody answered (expired, replaced or abandoned); after the limit, pushes pause for the cooldown. */
    public void recordUnanswered(String userId, PushPolicy policy) {
        int limit = policy.unansweredLimit();
        int cooldown = Math.max(1, policy.cooldownSeconds());
        store().put(ANY_UNANSWERED + userId, cooldown, Map.of());
        for (int i = 0; i < limit; i++) {
            if (store().putIfAbsent(UNANSWERED + userId + "." + i, cooldown)) {
                if (i == limit - 1) {
                    store().putIfAbsent(COOLDOWN + userId, cooldown);
                    forgetUnanswered(userId, policy);
                }
                return;
            }
        }
    }

    /** A push the phone answered shows the person is there: the unanswered count starts again. */
    public void forgetUnanswered(String userId, PushPolicy policy) {
        if (!store().contains(ANY_UNANSWERED + userId)) {
            return;
        }
        store().remove(ANY_UNANSWERED + userId);
        for (int i = 0; i < policy.unansweredLimit(); i++) {
            store().remove(UNANSWERED + userId + "." + i);
        }
    }

    /**
     * A push the person approved was no bombing: the wait between pushes starts again and the push gives its place in
     * the user's window back, so someone logging in often is never slowed down by their own approvals.
     */
    public void recordApproved(String userId, PushPolicy policy) {
        Map<String, String> last = store().remove(LAST + userId);
        String slot = last == null ? null : last.get("slot");
        if (slot != null) {
            limits.release(perUser(policy), userId, Integer.parseInt(slot));
        } else {
            limits.release(perUser(policy), userId);
        }
    }

    private static RateLimits.Limit perUser(PushPolicy policy) {
        return new RateLimits.Limit("push-user", policy.pushesPerWindow(), Duration.ofSeconds(policy.windowSeconds()));
    }

    private SingleUseObjectProvider store() {
        return session.singleUseObjects();
    }
}
