package dev.sls.mobile.send;

import dev.sls.core.limit.RateLimits.Limit;
import dev.sls.core.limit.RateLimits;
import dev.sls.core.limit.SecondFactorSends;
import dev.sls.mobile.settings.SendLimitsConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.keycloak.models.KeycloakSession;

/**
 * The abuse limits on codes, cluster-wide through {@link RateLimits}: a cooldown between two codes to a person on one
 * channel, codes per user per hour and per day, per destination number per day, per client IP per hour, each for
 * SMS ({@code sms-…}) and voice ({@code voice-…}) apart. A send uses a slot of every limit; when one is used up, the
 * send is refused, and the answer says when a slot frees.
 */
public final class SendLimits {

    private static final Duration HOUR = Duration.ofHours(1);
    private static final Duration DAY = Duration.ofDays(1);

    private record Use(Limit limit, String key) {
    }

    private final RateLimits limits;

    public SendLimits(KeycloakSession session) {
        this.limits = new RateLimits(session);
    }

    /**
     * Uses one slot of every limit for this send; empty when allowed, else how long until it would be.
     *
     * @param userId   who asks (for verification and login alike)
     * @param e164     where the code goes
     * @param clientIp the address the request came from
     */
    public Optional<Duration> tryUse(SendLimitsConfig config, Channel channel, String userId, String e164,
                                     String clientIp) {
        List<Use> uses = uses(config, channel, userId, e164, clientIp);
        // A code may go only when every exhausted limit has freed a slot: the wait is the longest of theirs (the
        // cooldown alone would say "in 1 second" while the hourly cap holds for an hour).
        Optional<Duration> longest = Optional.empty();
        for (Use use : uses) {
            if (limits.isExhausted(use.limit(), use.key())) {
                Duration wait = limits.tryUse(use.limit(), use.key()).orElse(Duration.ofSeconds(1));
                longest = Optional.of(longest.filter(known -> known.compareTo(wait) >= 0).orElse(wait));
            }
        }
        if (longest.isPresent()) {
            return longest;
        }
        for (Use use : uses) {
            Optional<Duration> refused = limits.tryUse(use.limit(), use.key());
            if (refused.isPresent()) {
                return refused;
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the person's or the number's allowance of codes on {@code channel} is used up (the per-address and
     * cooldown limits pass with time and are not counted): empty when a code could go, else how long until one can.
     */
    public Optional<Duration> usedUp(SendLimitsConfig config, Channel channel, String userId, String e164) {
        for (Use use : uses(config, channel, userId, e164, "")) {
            boolean personal = use.key().equals(userId) || use.key().equals(e164);
            if (personal && !use.limit().name().endsWith("cooldown") && limits.isExhausted(use.limit(), use.key())) {
                return limits.tryUse(use.limit(), use.key()).or(() -> Optional.of(Duration.ofSeconds(1)));
            }
        }
        return Optional.empty();
    }

    private static List<Use> uses(SendLimitsConfig config, Channel channel, String userId, String e164,
                                  String clientIp) {
        List<Use> uses = new ArrayList<>();
        String prefix = channel == Channel.SMS ? "sms-" : "voice-";
        if (config.cooldownSeconds() > 0) {
            uses.add(new Use(new Limit(prefix + "cooldown", 1, Duration.ofSeconds(config.cooldownSeconds())), userId));
        }
        if (channel == Channel.SMS) {
            uses.add(new Use(new Limit("sms-user-hour", config.perUserHour(), HOUR), userId));
            uses.add(new Use(new Limit("sms-user-day", config.perUserDay(), DAY), userId));
            uses.add(new Use(new Limit("sms-ip-hour", config.perIpHour(), HOUR), clientIp));
        } else {
            uses.add(new Use(new Limit("voice-user-day", config.voicePerUserDay(), DAY), userId));
            uses.add(new Use(new Limit("voice-ip-hour", config.voicePerIpHour(), HOUR), clientIp));
        }
        uses.add(new Use(new Limit(prefix + "number-day", config.perNumberDay(), DAY), e164));
        uses.add(new Use(SecondFactorSends.perClientIp(config.sendsPerClientIp()), clientIp));
        return uses;
    }
}
