package dev.sls.testkit.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sls.testkit.gateway.FakeTwilio;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The test kit's local Twilio ({@link FakeTwilio}) in a JVM of its own, so that answering the pack's sends costs the
 * driver nothing: its CPU is measured apart ({@link #cpuSeconds()}), and the driver asks it over HTTP for the texts a
 * number received. It stops when this object is closed (or the driver ends: its input closes).
 */
final class TwilioProcess implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TwilioProcess(Process process, String baseUrl) {
        this.process = process;
        this.baseUrl = baseUrl;
    }

    static TwilioProcess start() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx128m", "-XX:+UseSerialGC", "-cp", ownClassPath(),
                FakeTwilio.class.getName())
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        try {
            Process process = builder.start();
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8));
            String first = out.readLine();
            if (first == null || !first.startsWith("http://")) {
                process.destroyForcibly();
                throw new IllegalStateException("the local Twilio did not start: " + first);
            }
            return new TwilioProcess(process, first.trim());
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the local Twilio", e);
        }
    }

    /**
     * Where {@link FakeTwilio} was loaded from (the test kit's jar or classes): it needs nothing but the JDK. The
     * benchmark may run inside Maven ({@code exec:java}), whose {@code java.class.path} is Maven's own.
     */
    private static String ownClassPath() {
        try {
            return Path.of(FakeTwilio.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException | RuntimeException e) {
            throw new IllegalStateException("cannot find the test kit's classes", e);
        }
    }

    /** What the realm's {@code sls.phone.twilio.api-url} is set to. */
    String baseUrl() {
        return baseUrl;
    }

    /** The bodies of the text messages {@code e164} received, oldest first. */
    List<String> messagesTo(String e164) {
        URI uri = URI.create(baseUrl + FakeTwilio.CONTROL_RECEIVED + "?to="
                + URLEncoder.encode(e164, StandardCharsets.UTF_8));
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                    .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            List<String> bodies = new ArrayList<>();
            for (JsonNode item : JSON.readTree(response.body())) {
                if (item.path("path").asText().endsWith("/Messages.json")) {
                    bodies.add(item.path("body").asText());
                }
            }
            return bodies;
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + uri + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** CPU seconds the local Twilio's JVM has used so far. */
    double cpuSeconds() {
        return ProcessCpu.seconds(process.toHandle());
    }

    @Override
    public void close() {
        process.destroy();
    }
}
