package dev.sls.testkit.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sls.ibkey.app.IbKeyApp;
import dev.sls.ibkey.app.IbKeyUser;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.browser.Browser;
import dev.sls.testkit.browser.DataUri;
import dev.sls.testkit.browser.OidcLogin;
import dev.sls.testkit.browser.Page;
import dev.sls.testkit.server.KeycloakServer;
import dev.sls.testkit.server.LoopbackPorts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Push-login benchmark on a real Keycloak with the pack (one node, default HTTP thread pool, embedded database):
 * <ol>
 *   <li>latency from the phone's approve call returning to the waiting browser's long poll answering, with N logins
 *       waiting at once (each approved login is replaced by a new one, so N stay waiting);</li>
 *   <li>with N waiting: latency of ordinary requests (OIDC discovery, a password login page) and how many threads
 *       the Keycloak JVM gained.</li>
 * </ol>
 * Run: {@code mvn -B -Pbench -DskipTests verify} (sizes via {@code -Dsls.bench.sizes=50,300,500}).
 */
public final class PushBenchmark {

    static final String REALM = "sls-demo";
    static final int PUSHES_PER_USER = 10;

    private PushBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        for (String size : System.getProperty("sls.bench.sizes", "50,300,500").split(",")) {
            sizes.add(Integer.parseInt(size.trim()));
        }
        int largest = sizes.stream().mapToInt(Integer::intValue).max().orElse(50);
        StringBuilder report = new StringBuilder();
        try (KeycloakServer server = KeycloakServer.start(LoopbackPorts.free(), LoopbackPorts.free())) {
            AdminClient admin = AdminClient.forServer(server);
            allowPushesPerUser(admin, PUSHES_PER_USER);
            IbKeyApp app = IbKeyApp.install("benchmark phone", "ios");
            List<BenchUser> users = BenchUser.enrol(server, admin, app,
                    (largest + 2 * PUSHES_PER_USER) / PUSHES_PER_USER + 1);
            WaitingLogins warmup = new WaitingLogins(server, app, users);
            warmup.run(20, 40);
            warmup.close();
            long baseline = Threads.of(server.jvm());
            report.append(header(server, baseline));
            report.append(String.format("| 0 | - | %s | %s | %d | +0 |%n", Ordinary.discovery(server, 300),
                    Ordinary.loginPage(server, 300), Threads.of(server.jvm())));
            for (int size : sizes) {
                try (WaitingLogins logins = new WaitingLogins(server, app, users)) {
                    Result result = logins.run(size, Math.min(size, 300));
                    long waitingThreads = result.threadsWhileWaiting();
                    Stats discovery = Ordinary.discovery(server, 300);
                    Stats loginPage = Ordinary.loginPage(server, 300);
                    long after = Threads.of(server.jvm());
                    report.append(String.format("| %d | %s | %s | %s | %d / %d | %+d |%n", size, result.latency(),
                            discovery, loginPage, waitingThreads, after, Math.max(waitingThreads, after) - baseline));
                    System.out.println(report);
                }
            }
        }
        Path out = Path.of(System.getProperty("sls.bench.out", "target/push-benchmark.md"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report.toString());
        System.out.println(report);
        System.out.println("Written to " + out.toAbsolutePath());
    }

    private static String header(KeycloakServer server, long baseline) {
        return String.format("Keycloak JVM threads before the run: %d; CPUs: %d%n%n"
                + "| waiting logins | approve → browser told (ms) | discovery while waiting | login page while waiting"
                + " | JVM threads (all waiting / after the approvals) | threads gained |%n|---|---|---|---|---|---|%n",
                baseline, Runtime.getRuntime().availableProcessors());
    }

    /** Lets one user have enough pushes pending for the benchmark (the demo default is 3). */
    static void allowPushesPerUser(AdminClient admin, int pushes) {
        String path = admin.authenticatorConfigPath(REALM, "sls ib key users", "sls-ib-key-authenticator");
        ObjectNode config = (ObjectNode) admin.get(path);
        ((ObjectNode) config.get("config")).put("sls.ibkey.max-pending-pushes", String.valueOf(pushes))
                .put("sls.ibkey.pushes-per-window", "50").put("sls.ibkey.push-backoff", "0")
                .put("sls.ibkey.sends-per-ip", "1000");
        admin.put(path, config);
    }

    record Result(Stats latency, long threadsWhileWaiting) {
    }

    /** A waiting push page: what it shows to match on the phone, its wait URL, and the challenge the phone sees. */
    record PushPage(BenchUser user, String shown, String waitUrl, String challengeId) {

        static PushPage open(KeycloakServer server, BenchUser user, IbKeyApp app) {
            java.util.Set<String> before = new java.util.HashSet<>();
            app.pending(user.onApp()).challenges().forEach(c -> before.add(c.challengeId()));
            Page login = OidcLogin.begin(new Browser(), server.realmUrl(REALM), "sls-demo-app",
                    "http://localhost/sls-demo-callback");
            Page push = login.form("#kc-form-login").set("username", user.username())
                    .set("password", user.password()).submit("kc-login");
            var form = push.document().selectFirst("#sls-push-form");
            if (form == null) {
                throw new IllegalStateException("no push page: " + push.describe());
            }
            var shown = push.document().selectFirst("#sls-code, #sls-number");
            String challengeId = app.pending(user.onApp()).challenges().stream().map(c -> c.challengeId())
                    .filter(id -> !before.contains(id)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("the phone did not get the push"));
            return new PushPage(user, shown == null ? null : shown.text().replace(" ", ""),
                    form.attr("data-sls-wait-url"), challengeId);
        }
    }

    record BenchUser(String username, String password, IbKeyUser onApp) {

        static List<BenchUser> enrol(KeycloakServer server, AdminClient admin, IbKeyApp app, int count)
                throws IOException {
            List<BenchUser> users = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String username = "bench-" + i + "-" + System.nanoTime();
                String password = "pw-" + username;
                String id = admin.createUser(REALM, username, password);
                admin.addRequiredAction(REALM, id, "sls-ibkey-activate");
                Page login = OidcLogin.begin(new Browser(), server.realmUrl(REALM), "sls-demo-app",
                        "http://localhost/sls-demo-callback");
                Page activation = login.form("#kc-form-login").set("username", username).set("password", password)
                        .submit("kc-login");
                byte[] png = DataUri.bytes(activation.document().selectFirst("img#sls-qr").attr("src"));
                users.add(new BenchUser(username, password, app.activateFromQr(png, null)));
            }
            return users;
        }
    }
}
