package dev.sls.testkit.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Two Keycloak nodes of the pinned version on loopback, one cluster: a shared PostgreSQL database, Infinispan
 * clustering with JGroups discovery through that database (Keycloak's default {@code jdbc-ping} stack) bound to
 * 127.0.0.1, both with the bundled jar, both answering for the same hostname (node A's URL) so tokens and sessions
 * are valid on either. Node A imports the realms; node B starts once A is ready, then both must see a two-member view.
 */
public final class KeycloakCluster implements AutoCloseable {

    private static final Duration VIEW_TIMEOUT = Duration.ofSeconds(90);
    private static final String TWO_MEMBER_VIEW = "ISPN000094: .* \\(2\\) \\[";

    private final Postgres postgres;
    private final List<KeycloakServer> nodes;
    private final List<Runnable> relaunchers;
    private final Duration startupTime;

    private KeycloakCluster(Postgres postgres, List<KeycloakServer> nodes, List<Runnable> relaunchers,
                            Duration startupTime) {
        this.postgres = postgres;
        this.nodes = nodes;
        this.relaunchers = relaunchers;
        this.startupTime = startupTime;
    }

    public static boolean canRun() {
        return Postgres.binaries().isPresent() && HarnessSettings.clusterHome().isPresent();
    }

    public static KeycloakCluster start(HarnessSettings settings) {
        Instant begin = Instant.now();
        Path home = HarnessSettings.clusterHome().orElseThrow(() -> new IllegalStateException(
                HarnessSettings.CLUSTER_HOME + " is not set: the cluster needs its own unpacked distribution"));
        Path work = settings.workDir().resolve("cluster");
        Path javaHome = JavaRuntimes.findJdk21();
        KeycloakDistribution dist = new KeycloakDistribution(settings, home,
                List.of("--db=postgres", "--health-enabled=true", "--vault=file",
                        KeycloakDistribution.CIBA_CHANNEL));
        Postgres postgres = null;
        List<KeycloakServer> nodes = new ArrayList<>();
        List<Runnable> relaunchers = new ArrayList<>();
        try {
            Files.createDirectories(work);
            dist.installBundle();
            List<String> realms = dist.stageRealms();
            dist.build(javaHome, work.resolve("keycloak-build.log"));
            postgres = Postgres.start(work);
            int[] http = {LoopbackPorts.free(), LoopbackPorts.free()};
            String hostname = "http://127.0.0.1:" + http[0];
            for (int i = 0; i < 2; i++) {
                String name = i == 0 ? "nodeA" : "nodeB";
                List<String> options = new ArrayList<>(KeycloakServer.BEHIND_TEST_PROXY);
                options.addAll(List.of(
                        "--db-url=" + postgres.jdbcUrl(), "--db-username=" + Postgres.USER, "--db-password=unused",
                        "--hostname=" + hostname,
                        "--cache=ispn",
                        "--cache-embedded-network-bind-address=127.0.0.1",
                        "--cache-embedded-network-bind-port=" + LoopbackPorts.free(),
                        "--cache-embedded-mtls-enabled=false",
                        "--spi-cache-embedded--default--node-name=" + name,
                        "--shutdown-delay=0",
                        // a minute between sweeps: tests see outcomes travel by cluster message, not by the safety net
                        "--spi-sls-wait--default--sweep-interval-millis=60000"));
                if (i == 0) {
                    options.add("--import-realm");
                }
                Map<String, String> env = Map.of("JAVA_OPTS_APPEND", "-Dquarkus.transaction-manager.object-store.directory="
                        + work.resolve("transactions-" + name));
                int index = i;
                int httpPort = http[i];
                int managementPort = LoopbackPorts.free();
                Runnable launch = () -> {
                    try {
                        KeycloakServer node = KeycloakServer.launch(dist, work.resolve(name + ".log"), javaHome,
                                httpPort, managementPort, realms, options, env);
                        if (index < nodes.size()) {
                            nodes.set(index, node);
                        } else {
                            nodes.add(node);
                        }
                        node.awaitReady();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                };
                relaunchers.add(launch);
                launch.run();
            }
            for (KeycloakServer node : nodes) {
                awaitTwoMemberView(node);
            }
            return new KeycloakCluster(postgres, nodes, relaunchers, Duration.between(begin, Instant.now()));
        } catch (IOException e) {
            stopAll(nodes, postgres);
            throw new UncheckedIOException("cannot start the cluster", e);
        } catch (InterruptedException e) {
            stopAll(nodes, postgres);
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (RuntimeException e) {
            stopAll(nodes, postgres);
            throw e;
        }
    }

    private static void awaitTwoMemberView(KeycloakServer node) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(VIEW_TIMEOUT);
        java.util.regex.Pattern view = java.util.regex.Pattern.compile(TWO_MEMBER_VIEW);
        while (Instant.now().isBefore(deadline)) {
            if (view.matcher(Files.readString(node.logFile())).find()) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("no two-member cluster view in " + node.logFile());
    }

    /** Node 0 (A, whose URL is the realms' hostname) or 1 (B). */
    /** Runs one SQL statement on the shared database (see {@link Postgres#sql}). */
    public String sql(String statement) {
        return postgres.sql(statement);
    }

    public KeycloakServer node(int index) {
        return nodes.get(index);
    }

    /** Starts a node again (after {@link KeycloakServer#kill()}) on its ports, and waits until it is ready. */
    public void restart(int index) {
        node(index).close();
        relaunchers.get(index).run();
        try {
            awaitTwoMemberView(node(index));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Duration startupTime() {
        return startupTime;
    }

    @Override
    public void close() {
        stopAll(nodes, postgres);
    }

    private static void stopAll(List<KeycloakServer> nodes, Postgres postgres) {
        for (int i = nodes.size() - 1; i >= 0; i--) {
            nodes.get(i).close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }
}
