package dev.sls.ibkey.push.sender;

import java.util.Objects;

/**
 * What became of one push.
 *
 * @param sender id of the sender that handled it
 * @param outcome what happened
 * @param statusCode the gateway's HTTP status, 0 when no HTTP answer was received
 * @param reason the gateway's short error reason (e.g. {@code UNREGISTERED}, {@code BadDeviceToken}) or a short
 *               description of the local failure; null when delivered
 */
public record PushResult(String sender, Outcome outcome, int statusCode, String reason) {

    public enum Outcome {
        /** The gateway accepted the notification. */
        DELIVERED,
        /** Nothing was sent on purpose (sender {@code none}): the phone polls the device API. */
        SKIPPED,
        /** The sender needs a device push token and the notification has none. */
        NO_DEVICE_TOKEN,
        /** The gateway says the device token is unknown or expired; pushing to it again is pointless. */
        TOKEN_REJECTED,
        /** The gateway refused our credentials (FCM OAuth, APNs provider token). */
        AUTH_FAILED,
        /** The gateway refused the request for another reason (other 4xx). */
        REJECTED,
        /** The gateway failed (5xx or an unexpected answer); a later push may work. */
        GATEWAY_ERROR,
        /** No HTTP answer: connection refused, TLS failure, timeout. */
        UNREACHABLE,
        /** The settings are invalid; {@code reason} names the key. */
        BAD_CONFIG,
        /** An unexpected local error. */
        SENDER_ERROR
    }

    public PushResult {
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(outcome, "outcome");
    }

    public static PushResult delivered(String sender, int statusCode) {
        return new PushResult(sender, Outcome.DELIVERED, statusCode, null);
    }

    public static PushResult skipped(String sender) {
        return new PushResult(sender, Outcome.SKIPPED, 0, null);
    }

    public static PushResult failed(String sender, Outcome outcome, int statusCode, String reason) {
        return new PushResult(sender, outcome, statusCode, reason);
    }

    /** True when the gateway accepted the notification. */
    public boolean delivered() {
        return outcome == Outcome.DELIVERED;
    }
}
