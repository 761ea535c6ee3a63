package dev.sls.testkit.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;

/**
 * Where the results go: {@code push-benchmark.md} and {@code login-throughput.md} (tables), {@code push-samples.csv}
 * and {@code login-samples.csv} (every raw sample, negatives included). Files are rewritten as the run goes, so a run
 * cut short keeps what it measured.
 */
final class BenchOutput {

    private final Path dir;
    private final PushReport push = new PushReport();

    BenchOutput(Path dir) {
        this.dir = dir;
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("push-samples.csv"), PushSample.CSV_HEADER + ",topology\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void pushHeader(BenchSettings settings, MachineLoad load) {
        push.line("# Push-login benchmark, " + Instant.now())
                .line(String.format("%s with the pack; CPUs: %d; load average (1/5/15 min) at the start: %s."
                        + " Approvals per series: %d (per phone route on the cluster); ordinary requests per series:"
                        + " %d.", Path.of(System.getProperty("sls.keycloak.home", "keycloak")).getFileName(),
                        MachineLoad.cpus(), load, settings.approvals(), settings.ordinaryRequests()))
                .line("Times run from t0, just before the phone's approve request is sent. \"Approve sent → browser"
                        + " told\" ends when the waiting browser's long poll answers (t1); \"approve sent → next page\""
                        + " ends when that browser, having submitted the page's form on its own thread, holds the"
                        + " redirect with the authorization code (t2). Nothing is clamped; raw samples are in"
                        + " push-samples.csv.");
        write("push-benchmark.md", push.toString());
    }

    void pushSamples(PushSeries series, String topology) {
        StringBuilder rows = new StringBuilder();
        series.samples().forEach(sample -> rows.append(sample.csv()).append(',').append(topology).append('\n'));
        append("push-samples.csv", rows.toString());
        System.out.println("[bench] " + topology + ", " + series.waiting() + " waiting: told "
                + PushSeries.browserTold(series.samples()) + ", next page " + PushSeries.nextPage(series.samples()));
    }

    void oneNode(List<PushSeries> series, Stats idleDiscovery, Stats idleLoginPage, long idleThreads,
                 List<WaitingLogins.PhoneRoute> routes) {
        push.heading("One node", "Keycloak's default HTTP thread pool, embedded database (dev-mem), local caches.")
                .latencies(series, routes.stream().map(WaitingLogins.PhoneRoute::name).toList())
                .line("Ordinary requests while the logins wait, one after another on reused clients:")
                .ordinary(idleDiscovery, idleLoginPage, idleThreads, series);
        write("push-benchmark.md", push.toString());
    }

    void twoNodes(List<PushSeries> series, List<WaitingLogins.PhoneRoute> routes) {
        push.heading("Two nodes", "Two Keycloak nodes in one Infinispan cluster over a shared PostgreSQL, browsers"
                        + " waiting on node A; approvals take turns between a phone talking to node A (same node) and"
                        + " one talking to node B (other node), so both routes see the same load. The nodes sweep for"
                        + " missed outcomes only once a minute here: an answer from the other node came by cluster"
                        + " message.")
                .latencies(series, routes.stream().map(WaitingLogins.PhoneRoute::name).toList());
        series.forEach(one -> push.line(String.format("%d waiting: node A JVM threads %d before, %d all waiting,"
                + " %d after (%+d).", one.waiting(), one.threadsBefore(), one.threadsWhileWaiting(),
                one.threadsAfter(), one.threadsGained())));
        write("push-benchmark.md", push.toString());
    }

    void throughput(ThroughputReport report) {
        write("login-throughput.md", report.markdown());
        write("login-samples.csv", report.csv());
    }

    void finish(MachineLoad load) {
        push.line("Load average (1/5/15 min) at the end: " + load + ".");
        write("push-benchmark.md", push.toString());
        System.out.println(push);
        System.out.println("[bench] written to " + dir);
    }

    private void write(String name, String content) {
        try {
            Files.writeString(dir.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void append(String name, String content) {
        try {
            Files.writeString(dir.resolve(name), content, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
