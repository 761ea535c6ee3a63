package dev.sls.testkit.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL server for the cluster tests: a fresh data directory, loopback only, trust authentication,
 * durability off (fast), user {@value #USER}, database {@value #DATABASE}. It runs the machine's PostgreSQL
 * binaries ({@code /usr/lib/postgresql/<version>/bin}, Debian's {@code postgresql} package). PostgreSQL refuses to run
 * as root, so as root it runs as the {@code postgres} system user through {@code setpriv}.
 */
public final class Postgres implements AutoCloseable {

    public static final String USER = "keycloak";
    public static final String DATABASE = "postgres";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final Process process;
    private final int port;
    private final Path dir;

    private Postgres(Process process, int port, Path dir) {
        this.process = process;
        this.port = port;
        this.dir = dir;
    }

    /** The directory holding {@code initdb} and {@code postgres}, if this machine has PostgreSQL. */
    public static Optional<Path> binaries() {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin")).filter(bin -> Files.isExecutable(bin.resolve("postgres")))
                    .max(Comparator.comparing(Path::toString));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Creates and starts a server under {@code workDir}; its log is {@code <workDir>/postgres.log}. */
    public static Postgres start(Path workDir) {
        Path bin = binaries().orElseThrow(() -> new IllegalStateException(
                "no PostgreSQL under /usr/lib/postgresql: install Debian's postgresql package"));
        try {
            boolean root = "root".equals(System.getProperty("user.name"));
            // As root the server runs as the postgres user, who may not be able to reach a build directory under a
            // private home: its files then live in the system's temporary directory.
            Path dir = root ? Files.createTempDirectory("sls-postgres-")
                    : Files.createDirectories(workDir.resolve("postgres"));
            deleteRecursively(dir.resolve("data"));
            if (root) {
                run(List.of("chown", "postgres:postgres", dir.toString()), dir);
            }
            Path log = workDir.resolve("postgres.log");
            run(asPostgres(root, List.of(bin.resolve("initdb").toString(), "-D", dir.resolve("data").toString(),
                    "-A", "trust", "-U", USER, "-E", "UTF8", "--locale=C", "--no-sync", "--no-instructions")), dir);
            int port = LoopbackPorts.free();
            Process process = new ProcessBuilder(asPostgres(root, List.of(bin.resolve("postgres").toString(),
                    "-D", dir.resolve("data").toString(), "-p", Integer.toString(port), "-k", dir.toString(),
                    "-c", "listen_addresses=127.0.0.1", "-c", "fsync=off", "-c", "synchronous_commit=off",
                    "-c", "full_page_writes=off", "-c", "max_connections=200")))
                    .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            Postgres postgres = new Postgres(process, port, dir);
            postgres.awaitReady(log);
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start PostgreSQL", e);
        }
    }

    private static List<String> asPostgres(boolean root, List<String> command) {
        if (!root) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(List.of("setpriv", "--reuid=postgres", "--regid=postgres",
                "--init-groups", "--"));
        wrapped.addAll(command);
        return wrapped;
    }

    private static void run(List<String> command, Path dir) throws IOException {
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void awaitReady(Path log) throws IOException {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (Files.exists(log) && Files.readString(log).contains("ready to accept connections")) {
                return;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("PostgreSQL exited: " + LogTail.lastLines(log, 30));
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        close();
        throw new IllegalStateException("PostgreSQL was not ready within " + READY_TIMEOUT.toSeconds() + " s");
    }

    /**
     * Runs one SQL statement on Keycloak's database through {@code psql} and answers its output (unaligned, tuples
     * only): for tests that must reach what no API shows, such as a row changed behind the server's back.
     */
    public String sql(String statement) {
        Path psql = binaries().map(bin -> bin.resolve("psql")).filter(Files::isExecutable)
                .orElse(Path.of("psql"));
        try {
            Process process = new ProcessBuilder(psql.toString(), "-h", "127.0.0.1", "-p", Integer.toString(port),
                    "-U", USER, "-d", DATABASE, "-At", "-v", "ON_ERROR_STOP=1", "-c", statement)
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("psql failed: " + output);
            }
            return output.strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run psql", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** JDBC URL of the database Keycloak uses. */
    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        if (dir.getFileName().toString().startsWith("sls-postgres-")) {
            try {
                deleteRecursively(dir);
            } catch (IOException e) {
                // a leftover in the temporary directory; the next run makes its own
            }
        }
    }

    private static void deleteRecursively(Path target) throws IOException {
        if (!Files.exists(target)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(target)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}
