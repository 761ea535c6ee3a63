package dev.sls.testkit.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A real Keycloak started from the unpacked distribution with our provider jar installed, bound to
 * 127.0.0.1. Configuration comes from the {@code sls.*} system properties (see {@link HarnessSettings}).
 * The bootstrap admin is {@code admin}/{@code admin}. Closing stops the process tree; a JVM shutdown
 * hook does the same if the JVM exits first.
 */
public final class KeycloakServer implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(480);  // loaded 2-core machines take over 4 minutes
    private static final Duration POLL_INTERVAL = Duration.ofMillis(500);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final int LOG_TAIL_LINES = 60;

    private final Process process;
    private final int httpPort;
    private final int managementPort;
    private final Path logFile;
    private final Path vaultDir;
    private final Thread shutdownHook;
    private volatile boolean stopRequested;
    private Duration startupTime;

    private KeycloakServer(Process process, int httpPort, int managementPort, Path logFile, Path vaultDir) {
        this.process = process;
        this.httpPort = httpPort;
        this.managementPort = managementPort;
        this.logFile = logFile;
        this.vaultDir = vaultDir;
        this.shutdownHook = new Thread(this::stop, "keycloak-shutdown");
    }

    /**
     * Installs the bundle and realms, runs {@code kc.sh build}, starts the server and waits until
     * it is ready.
     *
     * @param httpPort       HTTP port, or 0 for a free one
     * @param managementPort management (health) port, or 0 for a free one
     */
    public static KeycloakServer start(int httpPort, int managementPort) {
        return start(HarnessSettings.fromSystemProperties(), httpPort, managementPort);
    }

    public static KeycloakServer start(HarnessSettings settings, int httpPort, int managementPort) {
        Instant begin = Instant.now();
        int http = LoopbackPorts.resolve(httpPort, "HTTP");
        int management = LoopbackPorts.resolve(managementPort, "Management");
        if (http == management) {
            throw new IllegalArgumentException("HTTP and management port must differ: " + http);
        }
        Path javaHome = JavaRuntimes.findJdk21();
        KeycloakDistribution dist = new KeycloakDistribution(settings);
        KeycloakServer server;
        try {
            Files.createDirectories(settings.workDir());
            dist.installBundle();
            List<String> realms = dist.stageRealms();
            dist.build(javaHome, settings.workDir().resolve("keycloak-build.log"));
            server = launch(dist, settings.workDir().resolve("keycloak.log"), javaHome, http, management, realms);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start Keycloak from " + settings.keycloakHome(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while preparing Keycloak", e);
        }
        try {
            server.awaitReady();
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        server.startupTime = Duration.between(begin, Instant.now());
        return server;
    }

    private static KeycloakServer launch(KeycloakDistribution dist, Path log, Path javaHome, int http,
            int management, List<String> realms) throws IOException {
        return launch(dist, log, javaHome, http, management, realms, List.of("--cache=local", "--import-realm"), Map.of());
    }

    /**
     * Starts one node of the distribution {@code dist} (already built) with the harness's own options plus
     * {@code options}, and {@code env} added to its environment; does not wait for it to be ready.
     */
    static KeycloakServer launch(KeycloakDistribution dist, Path log, Path javaHome, int http, int management,
                                 List<String> realms, List<String> options, Map<String, String> env) throws IOException {
        List<String> command = new ArrayList<>(dist.kcCommand("start"));
        command.addAll(List.of(
                "--optimized",
                "--http-enabled=true",
                "--http-host=127.0.0.1",
                "--http-port=" + http,
                "--http-management-host=127.0.0.1",
                "--http-management-port=" + management,
                "--hostname-strict=false",
                // as behind a reverse proxy: tests play clients at other addresses with X-Forwarded-For
                "--proxy-headers=xforwarded",
                "--vault-dir=" + Files.createDirectories(dist.vaultDir()),
                // our readiness polling would otherwise log a "health down" line every 500 ms
                "--log-level-io.smallrye.health=warn"));
        command.addAll(options);
        Files.writeString(log, System.lineSeparator() + "=== sls harness " + Instant.now() + ": java " + javaHome
                + ", realms " + realms + System.lineSeparator() + "=== " + String.join(" ", command)
                + System.lineSeparator(), StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE);
        ProcessBuilder builder = dist.processBuilder(command, javaHome)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        Process process = builder.start();
        KeycloakServer server = new KeycloakServer(process, http, management, log, dist.vaultDir());
        Runtime.getRuntime().addShutdownHook(server.shutdownHook);
        return server;
    }

    void awaitReady() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest probe = HttpRequest.newBuilder(URI.create(managementUrl() + "/health/ready"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw failure("Keycloak exited with code " + process.exitValue() + " before it was ready");
            }
            try {
                if (client.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw failure("Interrupted while waiting for Keycloak");
            }
            sleep(POLL_INTERVAL);
        }
        throw failure("Keycloak was not ready within " + READY_TIMEOUT.toSeconds() + " s");
    }

    private IllegalStateException failure(String what) {
        return new IllegalStateException(what + ". Last " + LOG_TAIL_LINES + " lines of " + logFile + ":\n"
                + LogTail.lastLines(logFile, LOG_TAIL_LINES));
    }

    /** {@code http://127.0.0.1:<port>}, without a trailing slash. */
    public String baseUrl() {
        return "http://127.0.0.1:" + httpPort;
    }

    /** {@code <baseUrl>/realms/<realm>}, the OIDC issuer of that realm. */
    public String realmUrl(String realm) {
        return baseUrl() + "/realms/" + realm;
    }

    /** {@code http://127.0.0.1:<management port>} (health endpoints). */
    public String managementUrl() {
        return "http://127.0.0.1:" + managementPort;
    }

    public int httpPort() {
        return httpPort;
    }

    public int managementPort() {
        return managementPort;
    }

    /**
     * The server's file vault ({@code --vault=file}): a test writes a secret to {@code <realm>_<key>} here and refers
     * to it in realm settings as {@code ${vault.<key>}}. Keycloak reads the file on every use.
     */
    public Path vaultDir() {
        return vaultDir;
    }

    /** The server log; appended to across runs. */
    public Path logFile() {
        return logFile;
    }

    /** Time from {@link #start} until the readiness probe answered, including {@code kc.sh build}. */
    public Duration startupTime() {
        return startupTime;
    }

    public boolean isRunning() {
        return process.isAlive();
    }

    /** True once {@link #close()} or the shutdown hook has begun stopping the server. */
    public boolean isStopRequested() {
        return stopRequested;
    }

    /** The Keycloak JVM (kc.sh runs it as a child), for benchmarks that read its thread count. */
    public ProcessHandle jvm() {
        return process.descendants().filter(p -> p.info().command().map(c -> c.endsWith("java")).orElse(false))
                .findFirst().orElse(process.toHandle());
    }

    /** Blocks until the Keycloak process ends; returns its exit code. */
    public int waitForExit() throws InterruptedException {
        return process.waitFor();
    }

    /** Kills the node at once (SIGKILL), as a crashed machine would vanish; for the cluster tests. */
    public void kill() {
        stopRequested = true;
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops Keycloak and every process it started; idempotent. */
    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // JVM is already shutting down; the hook is running or has run
        }
    }

    private synchronized void stop() {
        stopRequested = true;
        if (!process.isAlive()) {
            return;
        }
        // kc.sh runs java as a child; SIGTERM to the shell alone would orphan the JVM.
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroy);
        CompletableFuture<?>[] exits = tree.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(exits).get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        } catch (InterruptedException e) {
            tree.forEach(ProcessHandle::destroyForcibly);
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            tree.forEach(ProcessHandle::destroyForcibly);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
        }
    }
}
