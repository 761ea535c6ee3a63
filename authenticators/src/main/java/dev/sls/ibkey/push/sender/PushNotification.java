package dev.sls.ibkey.push.sender;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;

/**
 * One "a login challenge is waiting" notification. Nothing here is secret: the phone fetches the challenge itself
 * over the device API. The push token is only an address, but it is still kept out of logs.
 *
 * @param realm realm name
 * @param challengeId the challenge the phone should fetch: an opaque per-push reference, nothing that addresses the user
 * @param deviceId the registered device, may be null
 * @param pushToken the device's FCM registration token or APNs device token; null when the device has none
 * @param title localised short title, no secrets
 * @param body localised short text, no secrets
 * @param data caller-defined non-secret fields (no null keys or values); only the webhook sender forwards them
 */
public record PushNotification(String realm, String challengeId, String deviceId,
                               String pushToken, String title, String body, Map<String, String> data) {

    /** The {@code type} field of every payload. */
    public static final String TYPE = "sls-ibkey-challenge";

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
