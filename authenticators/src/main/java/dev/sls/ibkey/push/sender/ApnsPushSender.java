package dev.sls.ibkey.push.sender;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sls.core.gateway.GatewayHttp;
import dev.sls.core.gateway.GatewayJson;
import dev.sls.ibkey.push.sender.PushResult.Outcome;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

/** Apple Push Notification service, token-based authentication, one alert to one device. */
final class ApnsPushSender implements PushSender {

    /** A login challenge is short-lived; APNs need not keep trying to deliver an old one. */
    static final Duration EXPIRATION = Duration.ofSeconds(120);

    private static final Pattern DEVICE_TOKEN = Pattern.compile("[0-9A-Fa-f]{16,200}");
    private static final Set<String> TOKEN_REASONS = Set.of("BadDeviceToken", "DeviceTokenNotForTopic", "Unregistered");
    private static final Set<String> STALE_JWT_REASONS = Set.of("ExpiredProviderToken", "InvalidProviderToken");

    private final GatewayHttp http;
    private final ApnsProviderTokens providerTokens;
    private final Clock clock;

    ApnsPushSender(GatewayHttp http, ApnsProviderTokens providerTokens, Clock clock) {
        this.http = http;
        this.providerTokens = providerTokens;
        this.clock = clock;
    }

    @Override
    public CompletableFuture<PushResult> send(PushNotification notification, Map<String, String> settings) {
        String id = ApnsPushSenderFactory.ID;
        try {
            ApnsSettings apns = ApnsSettings.from(settings);
            String deviceToken = notification.pushToken();
            if (deviceToken == null) {
                return PushResults.completed(notification,
                        PushResult.failed(id, Outcome.NO_DEVICE_TOKEN, 0, "device has no APNs device token"));
            }
            if (!DEVICE_TOKEN.matcher(deviceToken).matches()) {
                // It goes into the URL path, so anything but hex is refused before sending.
                return PushResults.completed(notification,
                        PushResult.failed(id, Outcome.TOKEN_REJECTED, 0, "device token is not hex"));
            }
            String jwt = providerTokens.get(apns);
            long expiration = clock.instant().plus(EXPIRATION).getEpochSecond();
            CompletableFuture<PushResult> pending = http.send(
                            GatewayHttp.post(apns.deviceUri(deviceToken), "application/json",
                                            GatewayJson.bytes(payload(notification)))
                                    .header("authorization", "bearer " + jwt)
                                    .header("apns-topic", apns.topic())
                                    .header("apns-push-type", "alert")
                                    .header("apns-priority", "10")
                                    .header("apns-expiration", Long.toString(expiration))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .thenApply(response -> interpret(response, apns, jwt));
            return PushResults.settle(id, notification, pending);
        } catch (RuntimeException e) {
            return PushResults.completed(notification, PushResults.failure(id, e));
        }
    }

    /** The identifiers, the visible text and the request the phone shows (never a secret). */
    static ObjectNode payload(PushNotification n) {
        ObjectNode root = GatewayJson.object();
        ObjectNode aps = root.putObject("aps");
        ObjectNode alert = aps.putObject("alert");
        alert.put("title", n.title());
        alert.put("body", n.body());
        aps.put("sound", "default");
        root.put("type", PushNotification.TYPE);
        root.put("realm", n.realm());
        root.put("challengeId", n.challengeId());
        if (n.request() != null) {
            root.set(PushNotification.REQUEST_FIELD, GatewayJson.tree(n.request()));
        }
        return root;
    }

    private PushResult interpret(HttpResponse<String> response, ApnsSettings apns, String jwt) {
        String id = ApnsPushSenderFactory.ID;
        int status = response.statusCode();
        if (status == 200) {
            return PushResult.delivered(id, status);
        }
        String reason = GatewayJson.reason(GatewayJson.parseLenient(response.body()).get("reason"));
        String shown = reason == null ? "HTTP " + status : reason;
        if (status == 410 || TOKEN_REASONS.contains(reason)) {
            return PushResult.failed(id, Outcome.TOKEN_REJECTED, status, shown);
        }
        if (status == 403) {
            if (STALE_JWT_REASONS.contains(reason)) {
                providerTokens.invalidate(apns, jwt);
            }
            return PushResult.failed(id, Outcome.AUTH_FAILED, status, shown);
        }
        if (status >= 400 && status < 500 && status != 429) {
            return PushResult.failed(id, Outcome.REJECTED, status, shown);
        }
        return PushResult.failed(id, Outcome.GATEWAY_ERROR, status, shown);
    }
}
