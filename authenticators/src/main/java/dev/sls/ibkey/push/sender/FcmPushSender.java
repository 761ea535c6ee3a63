package dev.sls.ibkey.push.sender;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sls.core.gateway.GatewayHttp;
import dev.sls.core.gateway.GatewayJson;
import dev.sls.ibkey.push.sender.PushResult.Outcome;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** Firebase Cloud Messaging HTTP v1: one notification message to one registration token. */
final class FcmPushSender implements PushSender {

    private final GatewayHttp http;
    private final FcmAccessTokens tokens;

    FcmPushSender(GatewayHttp http, FcmAccessTokens tokens) {
        this.http = http;
        this.tokens = tokens;
    }

    @Override
    public CompletableFuture<PushResult> send(PushNotification notification, Map<String, String> settings) {
        String id = FcmPushSenderFactory.ID;
        try {
            FcmSettings fcm = FcmSettings.from(settings);
            if (notification.pushToken() == null) {
                return PushResults.completed(notification,
                        PushResult.failed(id, Outcome.NO_DEVICE_TOKEN, 0, "device has no FCM registration token"));
            }
            byte[] body = GatewayJson.bytes(message(notification));
            CompletableFuture<PushResult> pending = tokens.get(fcm).thenCompose(accessToken -> http.send(
                            GatewayHttp.post(fcm.sendUri(), "application/json", body)
                                    .header("Authorization", "Bearer " + accessToken).build(),
                            HttpResponse.BodyHandlers.ofString())
                    .thenApply(response -> interpret(response, fcm, accessToken)));
            return PushResults.settle(id, notification, pending);
        } catch (RuntimeException e) {
            return PushResults.completed(notification, PushResults.failure(id, e));
        }
    }

    /** The identifiers, the visible text and the request the phone shows (never a secret). */
    static ObjectNode message(PushNotification n) {
        ObjectNode root = GatewayJson.object();
        ObjectNode message = root.putObject("message");
        message.put("token", n.pushToken());
        ObjectNode notification = message.putObject("notification");
        notification.put("title", n.title());
        notification.put("body", n.body());
        ObjectNode data = message.putObject("data");
        data.put("type", PushNotification.TYPE);
        data.put("realm", n.realm());
        data.put("challengeId", n.challengeId());
        if (n.request() != null) {
            data.put(PushNotification.REQUEST_FIELD, new String(GatewayJson.bytes(n.request()),
                    java.nio.charset.StandardCharsets.UTF_8));
        }
        message.putObject("android").put("priority", "HIGH");
        message.putObject("apns").putObject("headers").put("apns-priority", "10");
        return root;
    }

    private PushResult interpret(HttpResponse<String> response, FcmSettings fcm, String accessToken) {
        String id = FcmPushSenderFactory.ID;
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return PushResult.delivered(id, status);
        }
        JsonNode error = GatewayJson.parseLenient(response.body()).path("error");
        String errorCode = fcmErrorCode(error);
        String reason = errorCode != null ? errorCode : GatewayJson.reason(error.get("status"));
        reason = reason == null ? "HTTP " + status : reason;
        if ("UNREGISTERED".equals(errorCode) || "SENDER_ID_MISMATCH".equals(errorCode)) {
            return PushResult.failed(id, Outcome.TOKEN_REJECTED, status, reason);
        }
        if (status == 401) {
            tokens.invalidate(fcm.clientEmail(), accessToken);
            return PushResult.failed(id, Outcome.AUTH_FAILED, status, reason);
        }
        if (status == 403) {
            return PushResult.failed(id, Outcome.AUTH_FAILED, status, reason);
        }
        if (status >= 400 && status < 500 && status != 429) {
            return PushResult.failed(id, Outcome.REJECTED, status, reason);
        }
        return PushResult.failed(id, Outcome.GATEWAY_ERROR, status, reason);
    }

    /** The FCM-specific code (e.g. UNREGISTERED) from {@code error.details[@type=...FcmError].errorCode}. */
    private static String fcmErrorCode(JsonNode error) {
        for (JsonNode detail : error.path("details")) {
            if (detail.path("@type").asText().endsWith("google.firebase.fcm.v1.FcmError")) {
                return GatewayJson.reason(detail.get("errorCode"));
            }
        }
        return null;
    }
}
