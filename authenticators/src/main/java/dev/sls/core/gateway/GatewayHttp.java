package dev.sls.core.gateway;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import javax.net.ssl.SSLException;

/**
 * The HTTP side every gateway sender shares (push gateways, SMS/voice providers): one lazily created
 * {@link HttpClient} per owner, short timeouts, no redirects, and naming transport failures without quoting them.
 */
public final class GatewayHttp {

    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private volatile HttpClient client;

    public HttpClient client() {
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
    public static HttpRequest.Builder post(URI uri, String contentType, byte[] body) {
        HttpClient.Version version = "https".equalsIgnoreCase(uri.getScheme())
                ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1;
        return HttpRequest.newBuilder(uri)
                .version(version)
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    }

    /** Starts the exchange without waiting for it; errors, even synchronous ones, end up in the future. */
    public <T> CompletableFuture<HttpResponse<T>> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return client().sendAsync(request, handler);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Why an exchange got no HTTP answer ("timed out", "connection failed", ...); empty for other errors. */
    public static Optional<String> transportFailure(Throwable error) {
        Throwable cause = unwrap(error);
        if (cause instanceof HttpTimeoutException) {
            return Optional.of("timed out");
        }
        if (cause instanceof ConnectException) {
            return Optional.of("connection failed");
        }
        if (cause instanceof SSLException) {
            return Optional.of("TLS handshake failed");
        }
        if (cause instanceof IOException) {
            return Optional.of("I/O error (" + cause.getClass().getSimpleName() + ")");
        }
        return Optional.empty();
    }

    /** The error a future chain wraps (CompletionException, ExecutionException) taken out. */
    public static Throwable unwrap(Throwable error) {
        Throwable cause = error;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
