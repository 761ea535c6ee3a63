package dev.sls.ibkey.push.sender;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sls.core.gateway.GatewayHttp;
import dev.sls.core.gateway.GatewayJson;
import dev.sls.core.gateway.Jwts;
import dev.sls.ibkey.push.sender.PushResult.Outcome;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Google OAuth2 access tokens for FCM, obtained with a self-signed JWT assertion (RFC 7523) and cached per service
 * account until shortly before they expire. Concurrent sends share one in-flight token request.
 */
final class FcmAccessTokens {

    static final String SCOPE = "https://www.googleapis.com/auth/firebase.messaging";
    static final String GRANT_TYPE = "urn:ietf:params:oauth:grant-type:jwt-bearer";
    static final Duration ASSERTION_LIFETIME = Duration.ofHours(1);
    static final Duration REFRESH_MARGIN = Duration.ofSeconds(60);
    private static final long DEFAULT_EXPIRES_IN = 3600;

    private record AccessToken(String value, Instant refreshAfter) {
        @Override
        public String toString() {
            return "AccessToken[refreshAfter=" + refreshAfter + "]";
        }
    }

    private final GatewayHttp http;
    private final Clock clock;
    private final Map<String, CompletableFuture<AccessToken>> byClientEmail = new ConcurrentHashMap<>();

    FcmAccessTokens(GatewayHttp http, Clock clock) {
        this.http = http;
        this.clock = clock;
    }

    /** A valid access token; fails with {@link GatewayFailure} when Google refuses or cannot be reached. */
    CompletableFuture<String> get(FcmSettings settings) {
        Instant now = clock.instant();
        return byClientEmail.compute(settings.clientEmail(),
                        (email, cached) -> usable(cached, now) ? cached : fetch(settings))
                .thenApply(AccessToken::value);
    }

    /** Forgets a token FCM refused, unless another send already replaced it. */
    void invalidate(String clientEmail, String token) {
        byClientEmail.computeIfPresent(clientEmail, (email, cached) ->
                cached.isDone() && !cached.isCompletedExceptionally() && cached.join().value().equals(token)
                        ? null : cached);
    }

    private static boolean usable(CompletableFuture<AccessToken> cached, Instant now) {
        if (cached == null || cached.isCompletedExceptionally()) {
            return false;
        }
        return !cached.isDone() || now.isBefore(cached.join().refreshAfter());
    }

    private CompletableFuture<AccessToken> fetch(FcmSettings settings) {
        Instant issuedAt = clock.instant();
        String form;
        try {
            form = "grant_type=" + URLEncoder.encode(GRANT_TYPE, StandardCharsets.UTF_8)
                    + "&assertion=" + URLEncoder.encode(assertion(settings, issuedAt), StandardCharsets.UTF_8);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return http.send(GatewayHttp.post(settings.tokenUri(), "application/x-www-form-urlencoded",
                                form.getBytes(StandardCharsets.US_ASCII)).build(),
                        HttpResponse.BodyHandlers.ofString())
                .thenApply(response -> accessToken(response, issuedAt));
    }

    static String assertion(FcmSettings settings, Instant issuedAt) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", settings.clientEmail());
        claims.put("scope", SCOPE);
        claims.put("aud", settings.tokenUri().toString());
        claims.put("iat", issuedAt.getEpochSecond());
        claims.put("exp", issuedAt.plus(ASSERTION_LIFETIME).getEpochSecond());
        return Jwts.rs256(claims, settings.privateKey());
    }

    private static AccessToken accessToken(HttpResponse<String> response, Instant requestedAt) {
        int status = response.statusCode();
        JsonNode json = GatewayJson.parseLenient(response.body());
        if (status < 200 || status >= 300) {
            String reason = GatewayJson.reason(json.get("error"));
            throw new GatewayFailure(PushResult.failed(FcmPushSenderFactory.ID,
                    status >= 500 ? Outcome.GATEWAY_ERROR : Outcome.AUTH_FAILED, status,
                    "OAuth token request: " + (reason == null ? "HTTP " + status : reason)));
        }
        JsonNode token = json.get("access_token");
        if (token == null || !token.isTextual() || token.asText().isEmpty()) {
            throw new GatewayFailure(PushResult.failed(FcmPushSenderFactory.ID, Outcome.AUTH_FAILED, status,
                    "OAuth token response without access_token"));
        }
        long expiresIn = json.path("expires_in").asLong(DEFAULT_EXPIRES_IN);
        return new AccessToken(token.asText(), requestedAt.plusSeconds(expiresIn).minus(REFRESH_MARGIN));
    }
}
