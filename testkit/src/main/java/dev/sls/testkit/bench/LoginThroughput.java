package dev.sls.testkit.bench;

import dev.sls.testkit.AdminClient;
import dev.sls.testkit.browser.Browser;
import dev.sls.testkit.browser.OidcLogin;
import dev.sls.testkit.browser.Page;
import dev.sls.testkit.server.KeycloakServer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Full-login throughput: N virtual users at once, each its own person (own account, device and client address; for
 * SMS codes, which a person may receive only so often, a few people in turn) with its own browser (connections kept,
 * cookies cleared between logins), logging in again and again without pause for a fixed time. Every mode runs on the same server in the same run; rounds alternate the order of the modes so a drift
 * in the machine's load does not favour one. Only logins that ended within the time count.
 */
final class LoginThroughput {

    private static final int WARM_UP_SECONDS = 10;

    /**
     * The result of one mode at one number of virtual users in one round. CPU seconds (Keycloak's JVM, this driver,
     * of which {@code deviceCpu} the simulated device's share, and {@code outsideCpu} what the mode runs in processes
     * of its own such as the local Twilio) run from the start until the last login in flight ended, over
     * {@code completed} logins (those that ended after the time too), so CPU per login is not skewed by the cut.
     */
    record Run(String mode, int virtualUsers, int round, double seconds, List<LoginSample> samples, int failures,
               int completed, double serverCpu, double driverCpu, double deviceCpu, double outsideCpu,
               MachineLoad loadBefore, MachineLoad loadAfter) {

        double serverCpuPerLogin() {
            return 1000 * serverCpu / completed;
        }

        /** The driver's CPU per login without what its simulated device spent. */
        double driverCpuPerLogin() {
            return 1000 * (driverCpu - deviceCpu) / completed;
        }
    }

    private LoginThroughput() {
    }

    static ThroughputReport run(KeycloakServer server, AdminClient admin, BenchSettings settings) throws Exception {
        try (IbKeyPushMode push = new IbKeyPushMode(); SmsCodeMode sms = new SmsCodeMode()) {
            List<LoginMode> modes = List.of(new BuiltInOtpMode(), new CodeCardMode(), push, new DscPlusCardMode(), sms);
            int most = settings.largest(settings.virtualUsers());
            Map<LoginMode, List<LoginMode.Person>> people = new java.util.LinkedHashMap<>();
            for (LoginMode mode : modes) {
                List<LoginMode.Person> enrolled = new ArrayList<>();
                for (int i = 0; i < most * mode.accountsPerUser(); i++) {
                    enrolled.add(mode.enrol(server, admin));
                }
                people.put(mode, enrolled);
                System.out.println("[bench] throughput: " + enrolled.size() + " people enrolled for " + mode.name());
            }
            for (LoginMode mode : modes) {
                measure(server, mode, people.get(mode), Math.min(8, most), WARM_UP_SECONDS, 0);
            }
            List<Run> runs = new ArrayList<>();
            for (int users : settings.virtualUsers()) {
                for (int round = 1; round <= settings.rounds(); round++) {
                    List<LoginMode> order = new ArrayList<>(modes);
                    if (round % 2 == 0) {
                        Collections.reverse(order);
                    }
                    for (LoginMode mode : order) {
                        Run run = measure(server, mode, people.get(mode), users, settings.seconds(), round);
                        System.out.printf("[bench] %s, %d users, round %d: %d logins in %.1f s, %d failed,"
                                        + " Keycloak CPU %.1f ms, driver CPU %.1f ms (device apart) per login%n",
                                run.mode(), users, round, run.samples().size(), run.seconds(), run.failures(),
                                run.serverCpuPerLogin(), run.driverCpuPerLogin());
                        runs.add(run);
                    }
                }
            }
            return new ThroughputReport(modes.get(0).name(), modes.stream().map(LoginMode::name).toList(), runs,
                    settings.seconds());
        }
    }

    /**
     * {@code users} virtual users of {@code mode}, each logging in as its own {@link LoginMode#accountsPerUser()}
     * people of {@code enrolled} in turn (user i: people i, i + users, i + 2 users, …).
     */
    private static Run measure(KeycloakServer server, LoginMode mode, List<LoginMode.Person> enrolled, int users,
                               int seconds, int round) throws InterruptedException {
        MachineLoad before = MachineLoad.now();
        ConcurrentLinkedQueue<LoginSample> samples = new ConcurrentLinkedQueue<>();
        AtomicInteger failures = new AtomicInteger();
        AtomicInteger completed = new AtomicInteger();
        double serverCpu = ProcessCpu.seconds(server.jvm());
        double driverCpu = ProcessCpu.seconds(ProcessHandle.current());
        double deviceCpu = DeviceCpu.seconds();
        double outsideCpu = mode.outsideCpuSeconds();
        long start = System.nanoTime();
        long deadline = start + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int user = 0; user < users; user++) {
            List<LoginMode.Person> mine = new ArrayList<>();
            for (int k = 0; k < mode.accountsPerUser(); k++) {
                mine.add(enrolled.get(user + k * users));
            }
            Thread thread = new Thread(() -> {
                Browser browser = new Browser();
                int turn = 0;
                while (System.nanoTime() < deadline) {
                    LoginMode.Person person = mine.get(turn++ % mine.size());
                    browser.clientAddress(person.account().clientAddress());
                    try {
                        LoginSample sample = login(server, mode, person, browser, users, round, start);
                        completed.incrementAndGet();
                        if (start + (long) ((sample.startedAt() + sample.total()) * 1_000_000) <= deadline) {
                            samples.add(sample);
                        }
                    } catch (RuntimeException e) {
                        failures.incrementAndGet();
                        System.err.println("[bench] " + mode.name() + " login failed: " + e.getMessage());
                    }
                }
            }, "bench-user");
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return new Run(mode.name(), users, round, seconds, new ArrayList<>(samples), failures.get(),
                completed.get(), ProcessCpu.seconds(server.jvm()) - serverCpu,
                ProcessCpu.seconds(ProcessHandle.current()) - driverCpu, DeviceCpu.seconds() - deviceCpu,
                mode.outsideCpuSeconds() - outsideCpu, before, MachineLoad.now());
    }

    private static LoginSample login(KeycloakServer server, LoginMode mode, LoginMode.Person person, Browser browser,
                                     int users, int round, long runStart) {
        browser.clearCookies();
        long begin = System.nanoTime();
        Page login = OidcLogin.begin(browser, server.realmUrl(BenchRealm.NAME), mode.clientId(), BenchRealm.REDIRECT);
        Page second = login.form("#kc-form-login").set("username", person.account().username())
                .set("password", person.account().password()).submit("kc-login");
        long passwordDone = System.nanoTime();
        Page end = person.secondStep(second);
        long done = System.nanoTime();
        if (!PushPage.isCodeRedirect(end)) {
            throw new IllegalStateException("the login ended at " + end.describe() + ", not the code redirect");
        }
        return new LoginSample(mode.name(), users, round, (begin - runStart) / 1e6, (done - begin) / 1e6,
                (done - passwordDone) / 1e6);
    }
}
