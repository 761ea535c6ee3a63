package dev.sls.ibkey.push.sender;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/** A gateway stand-in on 127.0.0.1 that records every request and answers per path. */
final class GatewayStub implements AutoCloseable {

    record Request(String method, String path, Headers headers, byte[] body) {
        String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }

        String header(String name) {
            return headers.getFirst(name);
        }

        /** Everything a gateway sees, for "no secret leaves the server" checks. */
        String everything() {
            return method + " " + path + "\n" + headers + "\n" + bodyText();
        }
    }

    record Response(int status, String body) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<String, Function<Request, Response>> routes = new ConcurrentHashMap<>();
    private volatile CountDownLatch hold = new CountDownLatch(0);

    GatewayStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Answers requests whose path starts with {@code pathPrefix}. */
    GatewayStub route(String pathPrefix, Function<Request, Response> answer) {
        routes.put(pathPrefix, answer);
        return this;
    }

    GatewayStub route(String pathPrefix, int status, String body) {
        return route(pathPrefix, request -> new Response(status, body));
    }

    /** Until the returned latch is counted down, every request waits before it is answered. */
    CountDownLatch holdAnswers() {
        hold = new CountDownLatch(1);
        return hold;
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    List<Request> requests(String pathPrefix) {
        return requests.stream().filter(r -> r.path().startsWith(pathPrefix)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            Headers headers = new Headers();
            headers.putAll(exchange.getRequestHeaders());
            Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                    headers, body);
            requests.add(request);
            if (!hold.await(10, TimeUnit.SECONDS)) {
                throw new IOException("test never released the held answer");
            }
            Response response = routes.entrySet().stream()
                    .filter(route -> request.path().startsWith(route.getKey()))
                    .max(Map.Entry.comparingByKey((a, b) -> Integer.compare(a.length(), b.length())))
                    .map(route -> route.getValue().apply(request))
                    .orElse(new Response(404, "{\"error\":\"no route\"}"));
            byte[] out = response.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(response.status(), out.length == 0 ? -1 : out.length);
            if (out.length > 0) {
                try (OutputStream os = exchange.getResponseBody()) {
                    os.write(out);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            exchange.close();
        }
    }

    @Override
    public void close() {
        hold.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
