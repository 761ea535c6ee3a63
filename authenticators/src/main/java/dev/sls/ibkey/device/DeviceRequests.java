package dev.sls.ibkey.device;

import dev.sls.core.signing.DeviceMessage;
import dev.sls.core.signing.DeviceSignatures;
import dev.sls.ibkey.protocol.IbKeyProtocol;
import dev.sls.ibkey.protocol.api.IbKeyErrorCode;
import dev.sls.rest.ApiException;
import dev.sls.rest.JsonResponses;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.managers.BruteForceProtector;

/**
 * Checks what a phone signed: the signature first (so garbage burns no nonce), then freshness, then single use of
 * the nonce across the cluster. A bad signature from a known phone counts as a failed login for its user.
 */
public final class DeviceRequests {

    public static final Duration MAX_AGE = Duration.ofMinutes(2);
    public static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(1);
    private static final String NONCE_PREFIX = "sls.ibkey.nonce.";

    private final KeycloakSession session;

    public DeviceRequests(KeycloakSession session) {
        this.session = session;
    }

    public static void checkNonceShape(String nonce) {
        if (nonce == null || nonce.length() < IbKeyProtocol.NONCE_MIN_LENGTH
                || nonce.length() > IbKeyProtocol.NONCE_MAX_LENGTH
                || !nonce.chars().allMatch(c -> Character.isLetterOrDigit(c) && c < 128 || c == '-' || c == '_')) {
            throw JsonResponses.invalid(
                    "nonce must be 16 to 64 Base64url characters");
        }
    }

    /** The phone's clock as sent; absurd values are refused rather than overflowing. */
    public static Instant instant(long epochSeconds) {
        if (Math.abs(epochSeconds) > 1L << 40) {
            throw JsonResponses.invalid("time must be the phone's clock in epoch seconds");
        }
        return Instant.ofEpochSecond(epochSeconds);
    }

    /** For a registered phone; {@code user} is charged a failed attempt when the signature is bad. */
    public void verify(RealmModel realm, UserModel user, PublicKey key, DeviceMessage message, String signature,
                       String nonceScope) {
        DeviceSignatures.Verdict verdict = DeviceSignatures.verify(key, message, signature,
                Instant.ofEpochSecond(Time.currentTime()), MAX_AGE, MAX_CLOCK_SKEW);
        if (verdict == DeviceSignatures.Verdict.BAD_SIGNATURE && user != null && realm.isBruteForceProtected()) {
            session.getProvider(BruteForceProtector.class).failedLogin(realm, user,
                    session.getContext().getConnection(), session.getContext().getUri(), Set.of("otp"));
        }
        check(verdict, message.nonce(), nonceScope);
    }

    /** For an activation, signed by the key it registers. */
    public void verifyNew(PublicKey key, DeviceMessage message, String signature) {
        check(DeviceSignatures.verify(key, message, signature, Instant.ofEpochSecond(Time.currentTime()), MAX_AGE,
                MAX_CLOCK_SKEW), message.nonce(), "activation");
    }

    private void check(DeviceSignatures.Verdict verdict, String nonce, String nonceScope) {
        switch (verdict) {
            case BAD_SIGNATURE -> throw new ApiException(IbKeyErrorCode.BAD_SIGNATURE,
                    "The signature does not match this device and request.");
            case STALE, FROM_THE_FUTURE -> throw new ApiException(IbKeyErrorCode.STALE_REQUEST,
                    "The request time is too far from the server clock; check the phone's date and time.");
            case VALID -> {
                long lifespan = MAX_AGE.plus(MAX_CLOCK_SKEW).toSeconds();
                if (!session.singleUseObjects().putIfAbsent(NONCE_PREFIX + nonceScope + "." + nonce, lifespan)) {
                    throw new ApiException(IbKeyErrorCode.REPLAYED_REQUEST, "This request was already received.");
                }
            }
        }
    }
}
