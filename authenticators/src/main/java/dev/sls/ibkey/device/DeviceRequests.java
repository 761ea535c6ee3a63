package dev.sls.ibkey.device;

import dev.sls.core.api.CommonErrorCode;
import dev.sls.core.event.EventDetails;
import dev.sls.core.limit.ClientAddress;
import dev.sls.core.limit.RateLimits;
import dev.sls.core.signing.DeviceKeys;
import dev.sls.core.signing.DeviceMessage;
import dev.sls.core.signing.DeviceSignatures;
import dev.sls.ibkey.protocol.IbKeyProtocol;
import dev.sls.ibkey.protocol.api.IbKeyErrorCode;
import dev.sls.rest.ApiException;
import dev.sls.rest.JsonResponses;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import org.keycloak.common.ClientConnection;
import org.keycloak.common.util.Time;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * Checks who signed a device request before anything else is looked at. Every caller without a valid signature gets
 * the same answer, whatever (if anything) stands behind the handle, and is never charged to a user's brute-force
 * count: bad signatures are counted per client IP and per handle instead, and recorded as events. Then freshness,
 * then single use of the nonce across the cluster.
 *
 * <p>The signature is always verified first (one key lookup and one ECDSA check, well under a millisecond), and only
 * a request that failed it is counted or refused by the per-address limit: phones share addresses (carrier NAT, office
 * Wi-Fi), and a stranger's junk from the same address must never silence a phone that signs correctly. The limit
 * bounds what junk costs beyond the check itself (events written, a full answer) and tells its sender to back off.
 */
public final class DeviceRequests {

    public static final Duration MAX_AGE = Duration.ofMinutes(2);
    public static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(1);
    /** Bad signatures from one client IP before that IP is refused outright for a while. */
    public static final RateLimits.Limit BAD_SIGNATURES_PER_IP = new RateLimits.Limit("badsig-ip", 20, Duration.ofMinutes(10));
    /** Bad signatures recorded as events per handle; beyond it they are still refused, silently. */
    public static final RateLimits.Limit BAD_SIGNATURES_PER_HANDLE = new RateLimits.Limit("badsig-handle", 10, Duration.ofMinutes(10));
    private static final String NONCE_PREFIX = "sls.ibkey.nonce.";
    private static final String UNAUTHENTICATED = "The request is not signed by an active IB Key device.";
    // Verified when no key stands behind a handle, so that case takes the time a real check takes.
    private static final PublicKey STAND_IN = DeviceKeys.generate().getPublic();

    private final KeycloakSession session;
    private final RateLimits limits;

    public DeviceRequests(KeycloakSession session) {
        this.session = session;
        this.limits = new RateLimits(session);
    }

    public static void checkNonceShape(String nonce) {
        if (nonce == null || nonce.length() < IbKeyProtocol.NONCE_MIN_LENGTH
                || nonce.length() > IbKeyProtocol.NONCE_MAX_LENGTH
                || !nonce.chars().allMatch(c -> Character.isLetterOrDigit(c) && c < 128 || c == '-' || c == '_')) {
            throw JsonResponses.invalid("nonce must be 16 to 64 Base64url characters");
        }
    }

    public static void checkSignatureShape(String signature) {
        if (signature == null || signature.isEmpty() || signature.length() > 200) {
            throw JsonResponses.invalid("signature is missing or too long");
        }
    }

    /** The phone's clock as sent; absurd values are refused rather than overflowing. */
    public static Instant instant(long epochSeconds) {
        if (Math.abs(epochSeconds) > 1L << 40) {
            throw JsonResponses.invalid("time must be the phone's clock in epoch seconds");
        }
        return Instant.ofEpochSecond(epochSeconds);
    }

    /**
     * The active phone that signed the message {@code signed} builds from the request's own fields, for {@code handle}.
     *
     * @throws ApiException 401 {@code bad_signature} for every unauthenticated caller, 429 instead once its client IP
     *                      sent too many of those (a correctly signed request is never refused by that count), 410 {@code device_retired} for a correctly signed request of a phone a
     *                      newer activation replaced, 400/409 for stale or replayed requests
     */
    public IbKeyDevice authenticate(RealmModel realm, String handle, Supplier<DeviceMessage> signed, String signature) {
        DeviceMessage message;
        try {
            message = signed.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw JsonResponses.invalid("the request is malformed: " + e.getMessage());
        }
        checkNonceShape(message.nonce());
        checkSignatureShape(signature);
        Optional<IbKeyDevices.Candidate> candidate = new IbKeyDevices(session).find(realm, handle);
        DeviceSignatures.Verdict verdict = verdict(candidate.map(IbKeyDevices.Candidate::publicKey).orElse(STAND_IN),
                message, signature);
        if (candidate.isEmpty() || verdict == DeviceSignatures.Verdict.BAD_SIGNATURE) {
            refuseUnsigned(realm, handle, ClientAddress.of(session.getContext().getConnection()));
        }
        check(verdict, message.nonce(), handle);
        return candidate.get().device().orElseThrow(() -> new ApiException(IbKeyErrorCode.DEVICE_RETIRED,
                "This phone is no longer the user's IB Key: another phone was activated since."));
    }

    /** For an activation, signed by the key it registers. */
    public void verifyNew(PublicKey key, DeviceMessage message, String signature) {
        DeviceSignatures.Verdict verdict = verdict(key, message, signature);
        if (verdict == DeviceSignatures.Verdict.BAD_SIGNATURE) {
            throw new ApiException(IbKeyErrorCode.BAD_SIGNATURE, "The signature does not match the key sent.");
        }
        check(verdict, message.nonce(), "activation");
    }

    private static DeviceSignatures.Verdict verdict(PublicKey key, DeviceMessage message, String signature) {
        return DeviceSignatures.verify(key, message, signature, Instant.ofEpochSecond(Time.currentTime()), MAX_AGE,
                MAX_CLOCK_SKEW);
    }

    private void refuseUnsigned(RealmModel realm, String handle, String clientIp) {
        if (limits.tryUse(BAD_SIGNATURES_PER_IP, clientIp).isPresent()) {
            throw new ApiException(CommonErrorCode.RATE_LIMITED, "Too many unsigned requests; try again later.");
        }
        if (limits.tryUse(BAD_SIGNATURES_PER_HANDLE, String.valueOf(handle)).isEmpty()) {
            // Its own transaction: the refused request's is rolled back, the record of it must stay.
            ClientConnection connection = session.getContext().getConnection();
            String realmId = realm.getId();
            KeycloakModelUtils.runJobInTransaction(session.getKeycloakSessionFactory(), own -> {
                RealmModel ownRealm = own.realms().getRealm(realmId);
                own.getContext().setRealm(ownRealm);
                new EventBuilder(ownRealm, own, connection).event(EventType.INVALID_SIGNATURE_ERROR)
                        .detail(EventDetails.DEVICE_HANDLE, handle == null || handle.length() > 160 ? "-" : handle)
                        .error("sls_bad_device_signature");
            });
        }
        throw new ApiException(IbKeyErrorCode.BAD_SIGNATURE, UNAUTHENTICATED);
    }

    private void check(DeviceSignatures.Verdict verdict, String nonce, String nonceScope) {
        switch (verdict) {
            case BAD_SIGNATURE -> throw new ApiException(IbKeyErrorCode.BAD_SIGNATURE, UNAUTHENTICATED);
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
