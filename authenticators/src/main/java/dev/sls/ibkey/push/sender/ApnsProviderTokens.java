package dev.sls.ibkey.push.sender;

import dev.sls.core.gateway.Jwts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * APNs provider authentication tokens (ES256 JWTs). Apple rejects tokens older than an hour and throttles
 * clients that make new ones more than every 20 minutes, so one is reused for {@link #REUSE}.
 */
final class ApnsProviderTokens {

    static final Duration REUSE = Duration.ofMinutes(50);

    private record ProviderToken(String jwt, Instant issuedAt) {
        @Override
        public String toString() {
            return "ProviderToken[issuedAt=" + issuedAt + "]";
        }
    }

    private final Clock clock;
    private final Map<String, ProviderToken> byTeamAndKey = new ConcurrentHashMap<>();

    ApnsProviderTokens(Clock clock) {
        this.clock = clock;
    }

    String get(ApnsSettings settings) {
        Instant now = clock.instant();
        return byTeamAndKey.compute(cacheKey(settings), (key, cached) ->
                cached != null && now.isBefore(cached.issuedAt().plus(REUSE)) && !now.isBefore(cached.issuedAt())
                        ? cached : new ProviderToken(sign(settings, now), now)).jwt();
    }

    /** Forgets a token APNs refused, unless another send already replaced it. */
    void invalidate(ApnsSettings settings, String jwt) {
        byTeamAndKey.computeIfPresent(cacheKey(settings), (key, cached) -> cached.jwt().equals(jwt) ? null : cached);
    }

    static String sign(ApnsSettings settings, Instant issuedAt) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", settings.teamId());
        claims.put("iat", issuedAt.getEpochSecond());
        return Jwts.es256(settings.keyId(), claims, settings.privateKey());
    }

    private static String cacheKey(ApnsSettings settings) {
        return settings.teamId() + "/" + settings.keyId();
    }
}
