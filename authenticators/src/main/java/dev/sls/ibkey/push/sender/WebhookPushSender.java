package dev.sls.ibkey.push.sender;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sls.core.gateway.GatewayHttp;
import dev.sls.core.gateway.GatewayJson;
import dev.sls.ibkey.push.sender.PushResult.Outcome;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** POSTs the challenge announcement as JSON to a URL of the realm's choosing, optionally HMAC-signed. */
final class WebhookPushSender implements PushSender {

    static final String SIGNATURE_HEADER = "SLS-Signature";
    static final String TIMESTAMP_HEADER = "SLS-Timestamp";

    private final GatewayHttp http;
    private final Clock clock;

    WebhookPushSender(GatewayHttp http, Clock clock) {
        this.http = http;
        this.clock = clock;
    }

    @Override
    public CompletableFuture<PushResult> send(PushNotification notification, Map<String, String> settings) {
        String id = WebhookPushSenderFactory.ID;
        try {
            WebhookSettings webhook = WebhookSettings.from(settings);
            byte[] body = GatewayJson.bytes(payload(notification));
            HttpRequest.Builder request = GatewayHttp.post(webhook.url(), "application/json", body);
            if (webhook.secret() != null) {
                String timestamp = Long.toString(clock.instant().getEpochSecond());
                request.header(TIMESTAMP_HEADER, timestamp)
                        .header(SIGNATURE_HEADER, "sha256=" + signature(webhook.secret(), timestamp, body));
            }
            CompletableFuture<PushResult> pending = http.send(request.build(), HttpResponse.BodyHandlers.discarding())
                    .thenApply(response -> interpret(response.statusCode()));
            return PushResults.settle(id, notification, pending);
        } catch (RuntimeException e) {
            return PushResults.completed(notification, PushResults.failure(id, e));
        }
    }

    static ObjectNode payload(PushNotification n) {
        ObjectNode json = GatewayJson.object();
        json.put("type", PushNotification.TYPE);
        json.put("realm", n.realm());
        json.put("challengeId", n.challengeId());
        json.put("deviceId", n.deviceId());
        json.put("title", n.title());
        json.put("body", n.body());
        ObjectNode data = json.putObject("data");
        n.data().forEach(data::put);
        if (n.request() != null) {
            json.set(PushNotification.REQUEST_FIELD, GatewayJson.tree(n.request()));
        }
        return json;
    }

    /** Hex HMAC-SHA256 over {@code <timestamp>.<body bytes>}; the timestamp inside stops replays of old requests. */
    static String signature(String secret, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is a required JDK algorithm", e);
        }
    }

    private static PushResult interpret(int status) {
        String id = WebhookPushSenderFactory.ID;
        if (status >= 200 && status < 300) {
            return PushResult.delivered(id, status);
        }
        Outcome outcome = status >= 400 && status < 500 ? Outcome.REJECTED : Outcome.GATEWAY_ERROR;
        return PushResult.failed(id, outcome, status, "HTTP " + status);
    }
}
