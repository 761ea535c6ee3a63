package dev.sls.testkit.bench;

import dev.sls.ibkey.app.IbKeyApp;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.server.HarnessSettings;
import dev.sls.testkit.server.KeycloakCluster;
import dev.sls.testkit.server.KeycloakServer;
import dev.sls.testkit.server.LoopbackPorts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The login benchmarks on a real Keycloak with the pack, run by {@code mvn -B -Pbench -DskipTests verify -pl
 * integration-tests} (see {@link BenchSettings} for the {@code sls.bench.*} options):
 * <ol>
 *   <li>{@code push}: one node (default HTTP thread pool, embedded database). For each size N, N push logins wait at
 *       once and {@code approvals} are approved one by one by the reference app; each is timed from the phone sending
 *       its approval to the browser being told, and to the browser holding the code redirect after submitting the
 *       page. With N waiting, ordinary requests are timed and the Keycloak JVM's threads counted.</li>
 *   <li>{@code cross-node}: the two-node cluster; browsers wait on node A, approvals alternate between a phone
 *       talking to node A and one talking to node B.</li>
 *   <li>{@code throughput}: full logins per second on the one node, built-in OTP against our factors
 *       ({@link LoginThroughput}).</li>
 * </ol>
 */
public final class PushBenchmark {

    static final String SAME_NODE = "same node";
    static final String OTHER_NODE = "other node";

    private PushBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchSettings settings = BenchSettings.fromSystemProperties();
        BenchOutput out = new BenchOutput(settings.outDir());
        out.pushHeader(settings, MachineLoad.now());
        if (settings.runs("push") || settings.runs("throughput")) {
            try (KeycloakServer server = KeycloakServer.start(LoopbackPorts.free(), LoopbackPorts.free())) {
                AdminClient admin = AdminClient.forServer(server);
                BenchRealm.create(admin);
                if (settings.runs("push")) {
                    oneNode(server, admin, settings, out);
                }
                if (settings.runs("throughput")) {
                    out.throughput(LoginThroughput.run(server, admin, settings));
                }
            }
        }
        if (settings.runs("cross-node")) {
            twoNodes(settings, out);
        }
        out.finish(MachineLoad.now());
    }

    private static void oneNode(KeycloakServer server, AdminClient admin, BenchSettings settings, BenchOutput out)
            throws Exception {
        IbKeyApp phone = IbKeyApp.install("benchmark phone", "ios");
        List<IbKeyPerson> people = enrol(server, admin, phone, settings.largest(settings.sizes()));
        List<WaitingLogins.PhoneRoute> routes = List.of(new WaitingLogins.PhoneRoute(SAME_NODE, p -> p));
        warmUp(server, people, phone, routes);
        long idleThreads = Threads.of(server.jvm());
        Stats idleDiscovery = Ordinary.discovery(server, settings.ordinaryRequests());
        Stats idleLoginPage = Ordinary.loginPage(server, settings.ordinaryRequests());
        List<PushSeries> series = new ArrayList<>();
        for (int size : settings.sizes()) {
            MachineLoad before = MachineLoad.now();
            try (WaitingLogins logins = new WaitingLogins(server, people, phone)) {
                logins.fill(size);
                long waitingThreads = Threads.of(server.jvm());
                List<PushSample> samples = logins.approve(settings.approvals(), routes);
                Stats discovery = Ordinary.discovery(server, settings.ordinaryRequests());
                Stats loginPage = Ordinary.loginPage(server, settings.ordinaryRequests());
                series.add(new PushSeries(size, samples, discovery, loginPage, idleThreads, waitingThreads,
                        Threads.of(server.jvm()), before, MachineLoad.now()));
            }
            out.pushSamples(series.get(series.size() - 1), "one node");
        }
        out.oneNode(series, idleDiscovery, idleLoginPage, idleThreads, routes);
    }

    private static void twoNodes(BenchSettings settings, BenchOutput out) throws Exception {
        try (KeycloakCluster cluster = KeycloakCluster.start(HarnessSettings.fromSystemProperties())) {
            KeycloakServer nodeA = cluster.node(0);
            String nodeB = cluster.node(1).baseUrl();
            AdminClient admin = AdminClient.forServer(nodeA);
            BenchRealm.create(admin);
            IbKeyApp phone = IbKeyApp.install("benchmark phone", "ios");
            List<IbKeyPerson> people = enrol(nodeA, admin, phone, settings.largest(settings.clusterSizes()));
            List<WaitingLogins.PhoneRoute> routes = List.of(new WaitingLogins.PhoneRoute(SAME_NODE, p -> p),
                    new WaitingLogins.PhoneRoute(OTHER_NODE, p -> p.phoneTalkingTo(nodeB)));
            warmUp(nodeA, people, phone, routes);
            long idleThreads = Threads.of(nodeA.jvm());
            List<PushSeries> series = new ArrayList<>();
            for (int size : settings.clusterSizes()) {
                MachineLoad before = MachineLoad.now();
                try (WaitingLogins logins = new WaitingLogins(nodeA, people, phone)) {
                    logins.fill(size);
                    long waitingThreads = Threads.of(nodeA.jvm());
                    List<PushSample> samples = logins.approve(settings.approvals(), routes);
                    series.add(new PushSeries(size, samples, null, null, idleThreads, waitingThreads,
                            Threads.of(nodeA.jvm()), before, MachineLoad.now()));
                }
                out.pushSamples(series.get(series.size() - 1), "two nodes");
            }
            out.twoNodes(series, routes);
        }
    }

    /** Enough people that none has more than 8 pushes waiting at once (the benchmark realm allows 10). */
    private static List<IbKeyPerson> enrol(KeycloakServer server, AdminClient admin, IbKeyApp phone, int largest) {
        List<IbKeyPerson> people = new ArrayList<>();
        try (LongPoll poll = new LongPoll()) {
            for (int i = 0; i < largest / 8 + 2; i++) {
                people.add(IbKeyPerson.enrol(server, admin, phone, poll));
            }
        }
        System.out.println("[bench] " + people.size() + " IB Key users enrolled at " + Instant.now());
        return people;
    }

    /** Not reported: lets both JVMs compile the paths first. */
    private static void warmUp(KeycloakServer server, List<IbKeyPerson> people, IbKeyApp phone,
                               List<WaitingLogins.PhoneRoute> routes) throws Exception {
        try (WaitingLogins warmUp = new WaitingLogins(server, people, phone)) {
            warmUp.fill(20);
            warmUp.approve(40, routes);
        }
    }
}
