package dev.sls.testkit.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * What the waiting pages' script does: a long poll on the page's wait URL, asked again while the answer is
 * {@code pending}. One client for all pages, HTTP/1.1 so every waiting page holds its own connection, as separate
 * browsers do (no multiplexing).
 */
final class LongPoll implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int TIMEOUT_SECONDS = 55;

    /** The outcome the page learnt, and {@link System#nanoTime()} when its answer arrived. */
    record Answer(String state, long at) {
    }

    private final ExecutorService callbacks = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "bench-browser");
        thread.setDaemon(true);
        return thread;
    });
    private final HttpClient http = HttpClient.newBuilder().executor(callbacks).version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** Completes with the first answer that is not {@code pending}. */
    CompletableFuture<Answer> await(String waitUrl) {
        CompletableFuture<Answer> answer = new CompletableFuture<>();
        poll(URI.create(waitUrl + "?timeout=" + TIMEOUT_SECONDS), answer);
        return answer;
    }

    /** Where the browsers' follow-ups run (submitting the page when the answer came), off the phone's thread. */
    Executor browsers() {
        return callbacks;
    }

    private void poll(URI uri, CompletableFuture<Answer> answer) {
        http.sendAsync(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(TIMEOUT_SECONDS + 15)).GET().build(),
                        HttpResponse.BodyHandlers.ofString())
                .whenComplete((response, error) -> {
                    long at = System.nanoTime();
                    if (error != null) {
                        answer.completeExceptionally(error);
                    } else if (response.statusCode() != 200) {
                        answer.completeExceptionally(new IllegalStateException("wait answered HTTP "
                                + response.statusCode() + ": " + response.body()));
                    } else {
                        try {
                            String state = state(response.body());
                            if ("pending".equals(state)) {
                                poll(uri, answer);
                            } else {
                                answer.complete(new Answer(state, at));
                            }
                        } catch (RuntimeException e) {
                            answer.completeExceptionally(e);
                        }
                    }
                });
    }

    private static String state(String body) {
        try {
            return JSON.readTree(body).path("state").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        callbacks.shutdownNow();
    }
}
