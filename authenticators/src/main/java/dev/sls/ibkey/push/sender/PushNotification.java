package dev.sls.ibkey.push.sender;

import dev.sls.ibkey.protocol.api.ChallengeContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;

/**
 * One "a login challenge is waiting" notification. It carries everything the phone shows ({@code request}), so the
 * phone answers with one signed decision that binds all of it; a phone may still read the request over the device
 * API instead. Nothing here is secret (the code of {@code code} mode is never in it). The push token is only an
 * address, but it is still kept out of logs.
 *
 * @param realm realm name
 * @param challengeId the challenge the phone should fetch: an opaque per-push reference, nothing that addresses the user
 * @param deviceId the registered device, may be null
 * @param pushToken the device's FCM registration token or APNs device token; null when the device has none
 * @param title localised short title, no secrets
 * @param body localised short text, no secrets
 * @param data caller-defined non-secret fields (no null keys or values); only the webhook sender forwards them
 * @param request what the phone shows and binds into its decision, as the device API reads it; null when unknown
 */
public record PushNotification(String realm, String challengeId, String deviceId,
                               String pushToken, String title, String body, Map<String, String> data,
                               ChallengeContext request) {

    /** A notification without the request (the phone reads it over the device API). */
    public PushNotification(String realm, String challengeId, String deviceId, String pushToken, String title,
                            String body, Map<String, String> data) {
        this(realm, challengeId, deviceId, pushToken, title, body, data, null);
    }

    /** The {@code type} field of every payload. */
    public static final String TYPE = "sls-ibkey-challenge";
    /**
     * The payload field holding {@link #request}: a JSON object in the webhook and APNs payloads, the same object as a
     * JSON string in FCM's {@code data} (whose values are strings).
     */
    public static final String REQUEST_FIELD = "request";

    public PushNotification {
        Objects.requireNonNull(realm, "realm");
        Objects.requireNonNull(challengeId, "challengeId");
        title = title == null ? "" : title;
        body = body == null ? "" : body;
        data = data == null ? Map.of() : Map.copyOf(data);
        pushToken = pushToken == null || pushToken.isBlank() ? null : pushToken.trim();
    }

    /** A short, non-reversible tag of the push token for logs: 8 hex digits of its SHA-256, or "none". */
    public String pushTokenFingerprint() {
        if (pushToken == null) {
            return "none";
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(pushToken.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is a required JDK algorithm", e);
        }
    }

    @Override
    public String toString() {
        return "PushNotification[realm=" + realm + ", challengeId=" + challengeId
                + ", deviceId=" + deviceId + ", pushToken#" + pushTokenFingerprint() + "]";
    }
}
