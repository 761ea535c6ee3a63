package dev.sls.testkit.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local server speaking the part of Twilio's REST API the pack uses: Messages and Calls ({@code /2010-04-01/Accounts
 * /{sid}/Messages.json}, {@code Calls.json}) and Lookup v2 ({@code /v2/PhoneNumbers/{number}}). It records exactly what
 * the real SDK sends (method, path, Basic credentials, form fields, query) and answers as Twilio does, or with a
 * scripted Twilio error or delay. Bound to 127.0.0.1 on a free port.
 *
 * <p>Run as its own program ({@link #main}), it is the benchmark's Twilio in a JVM of its own, so its work is not
 * counted as the driver's: it prints its base URL on the first line of its output, answers
 * {@code GET /_fake/received?to=+1…} with what it received for a number (JSON), and stops when its input closes.
 */
public final class FakeTwilio implements AutoCloseable {

    /** One request as received. */
    public record Received(String method, String path, String query, String username, String password,
                           Map<String, String> form, String userAgent) {

        public String to() {
            return form.get("To");
        }

        public boolean isMessage() {
            return path.endsWith("/Messages.json");
        }

        public boolean isCall() {
            return path.endsWith("/Calls.json");
        }
    }

    /** A scripted answer for the next Messages or Calls request. */
    public record Failure(int httpStatus, int twilioCode, Duration delay) {

        public static Failure error(int httpStatus, int twilioCode) {
            return new Failure(httpStatus, twilioCode, Duration.ZERO);
        }

        /** Answers (successfully) only after {@code delay}: longer than the client's timeout is a timeout. */
        public static Failure slow(Duration delay) {
            return new Failure(0, 0, delay);
        }

        /** Answers with a Twilio error, after {@code delay}. */
        public static Failure slowError(Duration delay, int httpStatus, int twilioCode) {
            return new Failure(httpStatus, twilioCode, delay);
        }
    }

    /** The control endpoint of a FakeTwilio run as its own program. */
    public static final String CONTROL_RECEIVED = "/_fake/received";

    private final HttpServer server;
    private final ExecutorService executor;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Deque<Failure> failures = new ConcurrentLinkedDeque<>();
    private final Map<String, String> lineTypes = new ConcurrentHashMap<>();
    private final AtomicInteger sids = new AtomicInteger();
    private final Map<String, Integer> messagesSeen = new ConcurrentHashMap<>();

    private FakeTwilio(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    private static FakeTwilio shared;

    /**
     * The one local Twilio of this test run, started at first use and stopped with the JVM. Tests tell their messages
     * apart by destination number (each test uses its own).
     */
    public static synchronized FakeTwilio shared() {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "fake-twilio-stop"));
        }
        return shared;
    }

    public static FakeTwilio start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            ExecutorService executor = Executors.newCachedThreadPool(task -> {
                Thread thread = new Thread(task, "fake-twilio");
                thread.setDaemon(true);
                return thread;
            });
            FakeTwilio twilio = new FakeTwilio(server, executor);
            server.createContext("/", twilio::handle);
            server.setExecutor(executor);
            server.start();
            return twilio;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Serves until standard input closes (the parent process ended or closed it). */
    public static void main(String[] args) throws IOException {
        try (FakeTwilio twilio = start()) {
            System.out.println(twilio.baseUrl());
            System.out.flush();
            while (System.in.read() >= 0) {
                // nothing is read from the parent; end of input is the signal to stop
            }
        }
    }

    /** {@code http://127.0.0.1:<port>}: what the realm's {@code sls.phone.twilio.api-url} is set to. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The next Messages/Calls request gets this answer instead of success (one per call, in order). */
    public void failNext(Failure failure) {
        failures.add(failure);
    }

    /** What Lookup answers as {@code line_type_intelligence.type} for a number (e.g. {@code nonFixedVoip}). */
    public void lineType(String e164, String type) {
        lineTypes.put(e164, type);
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** Requests to a number, oldest first. */
    public List<Received> to(String e164) {
        return received.stream().filter(r -> e164.equals(r.to())).toList();
    }

    /** The last text message to a number (and every message to it counts as seen by {@link #nextMessage}). */
    public Optional<Received> lastMessage(String e164) {
        List<Received> messages = messagesTo(e164);
        messagesSeen.put(e164, messages.size());
        return messages.isEmpty() ? Optional.empty() : Optional.of(messages.get(messages.size() - 1));
    }

    /**
     * The oldest text message to a number that no test has seen yet, waiting up to 15 s for it: the pack hands the
     * device API's texts (activation, recovery) to Twilio after it answered, so the text may come a moment later.
     */
    public Received nextMessage(String e164) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (true) {
            List<Received> messages = messagesTo(e164);
            int seen = messagesSeen.getOrDefault(e164, 0);
            if (messages.size() > seen) {
                messagesSeen.put(e164, seen + 1);
                return messages.get(seen);
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no new text message to " + e164 + " within 15 s; " + describe());
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for a text message", e);
            }
        }
    }

    /** The next unseen text message to a number whose body contains {@code words}, passing over the others. */
    public Received nextMessage(String e164, String words) {
        while (true) {
            Received message = nextMessage(e164);
            if (String.valueOf(message.form().get("Body")).contains(words)) {
                return message;
            }
        }
    }

    private List<Received> messagesTo(String e164) {
        return to(e164).stream().filter(Received::isMessage).toList();
    }

    /** The last call to a number. */
    public Optional<Received> lastCall(String e164) {
        List<Received> calls = to(e164).stream().filter(Received::isCall).toList();
        return calls.isEmpty() ? Optional.empty() : Optional.of(calls.get(calls.size() - 1));
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String[] credentials = basic(exchange.getRequestHeaders().getFirst("Authorization"));
            String path = exchange.getRequestURI().getPath();
            if (path.equals(CONTROL_RECEIVED)) {
                answer(exchange, 200, receivedJson(form(exchange.getRequestURI().getRawQuery() == null ? ""
                        : exchange.getRequestURI().getRawQuery()).get("to")));
                return;
            }
            Received request = new Received(exchange.getRequestMethod(), path, exchange.getRequestURI().getRawQuery(),
                    credentials[0], credentials[1], form(body), exchange.getRequestHeaders().getFirst("User-Agent"));
            received.add(request);
            if (path.startsWith("/v2/PhoneNumbers/")) {
                lookup(exchange, path.substring("/v2/PhoneNumbers/".length()));
                return;
            }
            boolean message = request.isMessage();
            if (!"POST".equals(request.method()) || !(message || request.isCall())) {
                answer(exchange, 404, error(20404, "The requested resource was not found", 404));
                return;
            }
            Failure failure = failures.poll();
            if (failure != null && !failure.delay().isZero()) {
                sleep(failure.delay());
            }
            if (failure != null && failure.httpStatus() != 0) {
                answer(exchange, failure.httpStatus(), error(failure.twilioCode(), "scripted failure",
                        failure.httpStatus()));
                return;
            }
            String sid = (message ? "SM" : "CA") + String.format("%032x", sids.incrementAndGet());
            answer(exchange, 201, "{\"sid\":\"" + sid + "\",\"account_sid\":\"" + credentials[0]
                    + "\",\"status\":\"queued\",\"to\":\"" + json(request.to()) + "\"}");
        }
    }

    /** What was received for {@code to}, oldest first: {@code [{"path":…,"to":…,"body":…}]}. */
    private String receivedJson(String to) {
        List<String> items = new ArrayList<>();
        for (Received r : to(to == null ? "" : to)) {
            items.add("{\"path\":\"" + json(r.path()) + "\",\"to\":\"" + json(r.to()) + "\",\"body\":\""
                    + json(r.form().getOrDefault("Body", "")) + "\"}");
        }
        return "[" + String.join(",", items) + "]";
    }

    private void lookup(HttpExchange exchange, String number) throws IOException {
        String type = lineTypes.getOrDefault(number, "mobile");
        answer(exchange, 200, "{\"phone_number\":\"" + json(number) + "\",\"valid\":true,"
                + "\"line_type_intelligence\":{\"type\":\"" + type + "\",\"error_code\":null}}");
    }

    private static String error(int code, String message, int status) {
        return "{\"code\":" + code + ",\"message\":\"" + message + "\",\"more_info\":"
                + "\"https://www.twilio.com/docs/errors/" + code + "\",\"status\":" + status + "}";
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String[] basic(String header) {
        if (header == null || !header.startsWith("Basic ")) {
            return new String[] {null, null};
        }
        String decoded = new String(Base64.getDecoder().decode(header.substring(6)), StandardCharsets.UTF_8);
        int colon = decoded.indexOf(':');
        return colon < 0 ? new String[] {decoded, null}
                : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
    }

    private static Map<String, String> form(String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (body.isEmpty()) {
            return fields;
        }
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            fields.put(key, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return fields;
    }

    private static String json(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Everything received, for assertion messages (form values included: test data only). */
    public String describe() {
        List<String> lines = new ArrayList<>();
        received.forEach(r -> lines.add(r.method() + " " + r.path() + " " + r.form()));
        return String.join("\n", lines);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
