package dev.sls.push;

import dev.sls.push.PushResult.Outcome;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import javax.net.ssl.SSLException;
import org.jboss.logging.Logger;

/**
 * The HTTP side shared by the senders of one factory: one lazily created {@link HttpClient}, request defaults, and
 * turning transport errors into {@link PushResult}s.
 */
final class GatewayHttp {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private static final Logger LOG = Logger.getLogger(GatewayHttp.class);

    private volatile HttpClient client;

    HttpClient client() {
        HttpClient current = client;
        if (current == null) {
            synchronized (this) {
                current = client;
                if (current == null) {
                    current = HttpClient.newBuilder()
                            .connectTimeout(CONNECT_TIMEOUT)
                            .followRedirects(HttpClient.Redirect.NEVER)
                            .build();
                    client = current;
                }
            }
        }
        return current;
    }

    /**
     * A POST with the request timeout. HTTPS asks for HTTP/2 (negotiated by ALPN, else 1.1); plain http stays on
     * 1.1 because Java's h2c upgrade attempt confuses some plain servers.
     */
    static HttpRequest.Builder post(URI uri, String contentType, byte[] body) {
        HttpClient.Version version = "https".equalsIgnoreCase(uri.getScheme())
                ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1;
        return HttpRequest.newBuilder(uri)
                .version(version)
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    }

    /** Starts the exchange without waiting for it; errors, even synchronous ones, end up in the future. */
    <T> CompletableFuture<HttpResponse<T>> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return client().sendAsync(request, handler);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /**
     * Completes a sender's pipeline: any exception becomes a failure result, and the outcome is logged once,
     * without the push token itself.
     */
    static CompletableFuture<PushResult> settle(String sender, PushNotification notification,
                                               CompletableFuture<PushResult> pending) {
        return pending.handle((result, error) -> {
            PushResult settled = error == null ? result : failure(sender, error);
            log(notification, settled);
            return settled;
        });
    }

    static CompletableFuture<PushResult> completed(PushNotification notification, PushResult result) {
        log(notification, result);
        return CompletableFuture.completedFuture(result);
    }

    static PushResult failure(String sender, Throwable error) {
        Throwable cause = unwrap(error);
        if (cause instanceof GatewayFailure failure) {
            return failure.result();
        }
        if (cause instanceof PushConfigException config) {
            return PushResult.failed(sender, Outcome.BAD_CONFIG, 0, config.getMessage());
        }
        if (cause instanceof HttpTimeoutException) {
            return PushResult.failed(sender, Outcome.UNREACHABLE, 0, "timed out");
        }
        if (cause instanceof ConnectException) {
            return PushResult.failed(sender, Outcome.UNREACHABLE, 0, "connection failed");
        }
        if (cause instanceof SSLException) {
            return PushResult.failed(sender, Outcome.UNREACHABLE, 0, "TLS handshake failed");
        }
        if (cause instanceof IOException) {
            return PushResult.failed(sender, Outcome.UNREACHABLE, 0, "I/O error (" + cause.getClass().getSimpleName() + ")");
        }
        LOG.errorf(cause, "Push sender %s failed unexpectedly", sender);
        return PushResult.failed(sender, Outcome.SENDER_ERROR, 0, cause.getClass().getSimpleName());
    }

    private static Throwable unwrap(Throwable error) {
        Throwable cause = error;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static void log(PushNotification n, PushResult r) {
        switch (r.outcome()) {
            case DELIVERED -> LOG.debugf("Push via %s delivered (HTTP %d): realm=%s challenge=%s token#%s",
                    r.sender(), r.statusCode(), n.realm(), n.challengeId(), n.pushTokenFingerprint());
            case SKIPPED -> LOG.tracef("Push via %s skipped: realm=%s challenge=%s", r.sender(), n.realm(), n.challengeId());
            default -> LOG.warnf("Push via %s failed: %s status=%d reason=%s realm=%s challenge=%s token#%s",
                    r.sender(), r.outcome(), r.statusCode(), r.reason(), n.realm(), n.challengeId(),
                    n.pushTokenFingerprint());
        }
    }
}
