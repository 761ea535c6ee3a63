package dev.sls.testkit.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * Headless Chromium driven over the DevTools protocol, for pages whose script matters (the waiting pages). One
 * browser, one tab; navigation requests are recorded so a test can see where the page's script led it.
 */
public final class Chromium implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome");

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> replies = new ConcurrentHashMap<>();
    private final List<String> requestedUrls = new CopyOnWriteArrayList<>();
    private final List<HeldRequest> heldRequests = new CopyOnWriteArrayList<>();

    /** A request the browser sent but {@link #holdRequests} keeps from reaching the server. */
    public record HeldRequest(String id, String method, String url, String postData) {
    }

    private Chromium(Process process, Path profile, WebSocket socket) {
        this.process = process;
        this.profile = profile;
        this.socket = socket;
    }

    public static Optional<Path> find() {
        return CANDIDATES.stream().map(Path::of).filter(Files::isExecutable).findFirst();
    }

    public static Chromium launch() {
        Path binary = find().orElseThrow(() -> new IllegalStateException("no Chromium on this machine"));
        try {
            Path profile = Files.createTempDirectory("sls-chromium");
            Process process = new ProcessBuilder(binary.toString(), "--headless=new", "--no-sandbox", "--disable-gpu",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--disable-quic", "--remote-debugging-port=0",
                    "--user-data-dir=" + profile, "about:blank")
                    .redirectErrorStream(true).redirectOutput(profile.resolve("chromium.log").toFile()).start();
            int port = devToolsPort(profile.resolve("DevToolsActivePort"), process);
            HttpClient http = HttpClient.newHttpClient();
            JsonNode targets = JSON.readTree(http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            String pageSocket = null;
            for (JsonNode target : targets) {
                if ("page".equals(target.path("type").asText())) {
                    pageSocket = target.path("webSocketDebuggerUrl").asText();
                }
            }
            if (pageSocket == null) {
                throw new IllegalStateException("Chromium opened no page");
            }
            Chromium[] self = new Chromium[1];
            WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(pageSocket), new WebSocket.Listener() {
                private final StringBuilder partial = new StringBuilder();

                @Override
                public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                    partial.append(data);
                    if (last) {
                        String message = partial.toString();
                        partial.setLength(0);
                        while (self[0] == null) {
                            Thread.onSpinWait();
                        }
                        self[0].receive(message);
                    }
                    webSocket.request(1);
                    return null;
                }
            }).get(10, TimeUnit.SECONDS);
            Chromium chromium = new Chromium(process, profile, socket);
            self[0] = chromium;
            chromium.call("Network.enable", JSON.createObjectNode());
            chromium.call("Page.enable", JSON.createObjectNode());
            return chromium;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot start Chromium", e);
        }
    }

    private static int devToolsPort(Path file, Process process) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            if (Files.exists(file)) {
                List<String> lines = Files.readAllLines(file);
                if (!lines.isEmpty() && !lines.get(0).isBlank()) {
                    return Integer.parseInt(lines.get(0).trim());
                }
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("Chromium exited with " + process.exitValue());
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("Chromium did not open its DevTools port");
    }

    private void receive(String message) {
        try {
            JsonNode node = JSON.readTree(message);
            if (node.has("id")) {
                CompletableFuture<JsonNode> reply = replies.remove(node.get("id").asInt());
                if (reply != null) {
                    reply.complete(node);
                }
            } else if ("Fetch.requestPaused".equals(node.path("method").asText())) {
                JsonNode params = node.path("params");
                JsonNode request = params.path("request");
                heldRequests.add(new HeldRequest(params.path("requestId").asText(), request.path("method").asText(),
                        request.path("url").asText(), request.path("postData").asText("")));
            } else if ("Network.requestWillBeSent".equals(node.path("method").asText())) {
                requestedUrls.add(node.path("params").path("request").path("url").asText());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode call(String method, ObjectNode params) {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        replies.put(id, reply);
        ObjectNode request = JSON.createObjectNode().put("id", id).put("method", method);
        request.set("params", params);
        socket.sendText(request.toString(), true);
        try {
            JsonNode answer = reply.get(15, TimeUnit.SECONDS);
            if (answer.has("error")) {
                throw new IllegalStateException(method + ": " + answer.get("error"));
            }
            return answer.path("result");
        } catch (Exception e) {
            throw new IllegalStateException("DevTools call " + method + " failed", e);
        }
    }

    public void navigate(String url) {
        call("Page.navigate", JSON.createObjectNode().put("url", url));
    }

    /** Evaluates a JavaScript expression in the page and returns its JSON value (null when undefined). */
    public JsonNode eval(String expression) {
        JsonNode result = call("Runtime.evaluate", JSON.createObjectNode().put("expression", expression)
                .put("returnByValue", true).put("awaitPromise", true));
        return result.path("result").path("value");
    }

    /** Polls a JavaScript condition until it is true. */
    public void waitUntil(String condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (eval("Boolean(" + condition + ")").asBoolean()) {
                    return;
                }
            } catch (IllegalStateException navigating) {
                // the page is being replaced; ask again
            }
            sleep(50);
        }
        throw new AssertionError("timed out waiting for " + condition + " on " + eval("location.href"));
    }

    /** Waits until the browser requests a URL matching {@code test}; returns it. */
    public String waitForRequest(Predicate<String> test, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (String url : requestedUrls) {
                if (test.test(url)) {
                    return url;
                }
            }
            sleep(20);
        }
        throw new AssertionError("no matching request; requested: " + requestedUrls);
    }

    /** The window size pages are laid out for, e.g. 1280×900 for a laptop or 390×844 for a phone. */
    public void viewport(int width, int height) {
        call("Emulation.setDeviceMetricsOverride", JSON.createObjectNode().put("width", width).put("height", height)
                .put("deviceScaleFactor", 1).put("mobile", width < 600).put("screenWidth", width).put("screenHeight", height));
    }

    /** Saves a PNG of the whole page height at the window's width (kept under target/ for people reviewing screens). */
    public void screenshot(Path file) {
        JsonNode size = eval("({w: window.innerWidth, h: Math.max(document.documentElement.scrollHeight, window.innerHeight)})");
        ObjectNode clip = JSON.createObjectNode().put("x", 0).put("y", 0).put("width", size.path("w").asInt(800))
                .put("height", size.path("h").asInt(600)).put("scale", 1);
        ObjectNode params = JSON.createObjectNode().put("format", "png").put("captureBeyondViewport", true);
        params.set("clip", clip);
        String data = call("Page.captureScreenshot", params).path("data").asText();
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, java.util.Base64.getDecoder().decode(data));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens an OIDC code-flow login (PKCE) of {@code clientId} in {@code locale} and submits username and password. */
    public void logIn(String realmUrl, String clientId, String redirectUri, String locale, String username,
                      String password) {
        logIn(realmUrl, clientId, redirectUri, locale, username, password, java.util.Map.of());
    }

    /** As {@link #logIn(String, String, String, String, String, String)}, with more authorization parameters. */
    public void logIn(String realmUrl, String clientId, String redirectUri, String locale, String username,
                      String password, java.util.Map<String, String> extra) {
        String verifier = "chromium-test-verifier-0123456789-abcdefghijklmnop";
        String challenge;
        try {
            challenge = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                    java.security.MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        navigate(realmUrl + "/protocol/openid-connect/auth?client_id=" + encode(clientId) + "&redirect_uri="
                + encode(redirectUri) + "&response_type=code&scope=openid&state=s" + System.nanoTime()
                + "&ui_locales=" + encode(locale) + "&code_challenge=" + challenge + "&code_challenge_method=S256"
                + extra.entrySet().stream().map(e -> "&" + encode(e.getKey()) + "=" + encode(e.getValue()))
                        .collect(java.util.stream.Collectors.joining()));
        waitUntil("document.querySelector('#kc-form-login')", Duration.ofSeconds(15));
        eval("document.querySelector('#username').value=" + quote(username)
                + ";document.querySelector('#password').value=" + quote(password)
                + ";document.querySelector('#kc-login').click();true");
    }

    /** A JavaScript string literal of {@code value}. */
    public static String quote(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * From now on, requests whose URL matches {@code urlPattern} (DevTools wildcards, e.g. {@code *login-actions*})
     * stay in the browser until {@link #releaseRequests()}: a test sees what a page submits, and in which order,
     * while the page is still the one that submitted it.
     */
    public void holdRequests(String urlPattern) {
        heldRequests.clear();
        ObjectNode params = JSON.createObjectNode();
        params.putArray("patterns").addObject().put("urlPattern", urlPattern).put("requestStage", "Request");
        call("Fetch.enable", params);
    }

    /** The requests held so far, oldest first. */
    public List<HeldRequest> heldRequests() {
        return List.copyOf(heldRequests);
    }

    /** Lets every held request go on to the server (those the browser gave up meanwhile are skipped) and holds no more. */
    public void releaseRequests() {
        for (HeldRequest held : heldRequests) {
            try {
                call("Fetch.continueRequest", JSON.createObjectNode().put("requestId", held.id()));
            } catch (IllegalStateException cancelled) {
                // the browser dropped it (a later navigation replaced it)
            }
        }
        call("Fetch.disable", JSON.createObjectNode());
        heldRequests.clear();
    }

    public void clearCookies() {
        call("Network.clearBrowserCookies", JSON.createObjectNode());
        requestedUrls.clear();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        socket.abort();
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        } catch (Exception e) {
            // a leftover temp profile is harmless
        }
    }
}
