package dev.sls.testkit.bench;

import dev.sls.ibkey.app.IbKeyApp;
import dev.sls.testkit.server.KeycloakServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * N browsers waiting on push at once, each holding one long poll open exactly like the page's script. Approving a
 * login records when the phone's call returned and when that browser's poll answered; the approved login is then
 * replaced by a new one, so N keep waiting.
 */
final class WaitingLogins implements AutoCloseable {

    private final KeycloakServer server;
    private final IbKeyApp app;
    private final List<PushBenchmark.BenchUser> users;
    private final ExecutorService callbacks = Executors.newCachedThreadPool();
    // One HTTP/1.1 connection per waiting browser, as separate browsers have (no h2c multiplexing).
    private final HttpClient http = HttpClient.newBuilder().executor(callbacks).version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, CompletableFuture<Long>> answeredAt = new ConcurrentHashMap<>();
    private final Deque<PushBenchmark.PushPage> waiting = new ArrayDeque<>();
    private int nextUser;

    WaitingLogins(KeycloakServer server, IbKeyApp app, List<PushBenchmark.BenchUser> users) {
        this.server = server;
        this.app = app;
        this.users = users;
    }

    PushBenchmark.Result run(int size, int measured) throws Exception {
        for (int i = 0; i < size; i++) {
            open();
        }
        Thread.sleep(1000);
        long threads = Threads.of(server.jvm());
        List<Double> latencies = new ArrayList<>();
        for (int i = 0; i < measured; i++) {
            PushBenchmark.PushPage page = waiting.pollFirst();
            app.approve(page.user().onApp(), page.challengeId(), page.shown());
            long returned = System.nanoTime();
            long answered = answeredAt.get(page.challengeId()).get(10, TimeUnit.SECONDS);
            latencies.add(Math.max(0, answered - returned) / 1_000_000.0);
            open();
        }
        Thread.sleep(500);
        return new PushBenchmark.Result(Stats.of(latencies), threads);
    }

    private void open() {
        PushBenchmark.BenchUser user = users.get(nextUser++ % users.size());
        PushBenchmark.PushPage page = PushBenchmark.PushPage.open(server, user, app);
        CompletableFuture<Long> answered = new CompletableFuture<>();
        answeredAt.put(page.challengeId(), answered);
        poll(page, answered);
        waiting.addLast(page);
    }

    private void poll(PushBenchmark.PushPage page, CompletableFuture<Long> answered) {
        http.sendAsync(HttpRequest.newBuilder(URI.create(page.waitUrl() + "?timeout=55"))
                        .timeout(Duration.ofSeconds(70)).GET().build(), HttpResponse.BodyHandlers.ofString())
                .whenComplete((response, error) -> {
                    long now = System.nanoTime();
                    if (error == null && response.statusCode() == 200 && response.body().contains("\"pending\"")) {
                        poll(page, answered);
                    } else if (error == null && response.statusCode() == 200) {
                        answered.complete(now);
                    } else if (!answered.isDone()) {
                        answered.completeExceptionally(error != null ? error
                                : new IllegalStateException("wait answered " + response.statusCode()));
                    }
                });
    }

    /** Approves what is left so the users' push slots are free for the next round (approving counts no failure). */
    @Override
    public void close() {
        for (PushBenchmark.PushPage page : waiting) {
            try {
                app.approve(page.user().onApp(), page.challengeId(), page.shown());
            } catch (RuntimeException e) {
                System.err.println("could not release " + page.challengeId() + ": " + e.getMessage());
            }
        }
        waiting.clear();
        callbacks.shutdownNow();
    }
}
