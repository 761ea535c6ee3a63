package dev.sls.testkit.bench;

import dev.sls.ibkey.app.IbKeyApp;
import dev.sls.ibkey.protocol.IbKeyProtocol;
import dev.sls.ibkey.protocol.api.ChallengeContext;
import dev.sls.ibkey.protocol.api.DecisionRequest;
import dev.sls.testkit.browser.Browser;
import dev.sls.testkit.server.KeycloakServer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * N browsers waiting on push at once on one node, each holding a long poll open like the page's script. Approvals go
 * one at a time, each timed from t0 (just before the phone's approve request is sent) to t1 (that browser's poll
 * answered) and t2 (that browser, having submitted the page's form on its own thread, holds the code redirect). Each
 * approved login is replaced by a new one, so N keep waiting. Each waiting page's long poll holds its own connection;
 * the pages' own requests (password, submit) share one HTTP client, so the driver needs about one file descriptor and
 * no thread per waiting page (a client per page took four and three, too many for thousands).
 */
final class WaitingLogins implements AutoCloseable {

    /** Which node the phone talks to: the person as the phone sees them, on that node. */
    record PhoneRoute(String name, UnaryOperator<IbKeyPerson> phoneOn) {
    }

    /** A waiting login: when its poll went out, when its browser was told and when it held the next page. */
    private record Waiting(PushPage push, long polledAt, CompletableFuture<LongPoll.Answer> told,
                           CompletableFuture<Long> nextPage) {
    }

    /**
     * A person reads the code on the page and types it into the phone before approving: no login is approved before
     * it has waited this long, so its poll is on the server first, as for real (it matters only with 1 waiting).
     */
    static final long PERSON_MILLIS = 500;

    /**
     * Logins opened at once while filling (each for another person, so each finds its own push on the phone): the
     * password hash makes a login cost tens of ms of server CPU, and thousands must be waiting well within the push
     * timeout. Approvals and their replacements go one at a time.
     */
    static final int FILLERS = 3;

    private final KeycloakServer browserNode;
    private final List<IbKeyPerson> people;
    private final IbKeyApp phone;
    private final LongPoll poll = new LongPoll();
    private final Deque<Waiting> waiting = new ArrayDeque<>();
    private final Deque<Browser> idleBrowsers = new ConcurrentLinkedDeque<>();
    /** Whose connections the waiting browsers use: each page's long poll holds its own, the page requests share. */
    private final Browser connections = new Browser();
    private final Set<String> knownChallenges = ConcurrentHashMap.newKeySet();
    private int nextPerson;

    WaitingLogins(KeycloakServer browserNode, List<IbKeyPerson> people, IbKeyApp phone) {
        this.browserNode = browserNode;
        this.people = people;
        this.phone = phone;
    }

    /** Opens logins until {@code size} wait, and lets their polls settle. */
    void fill(int size) throws Exception {
        ExecutorService fillers = Executors.newFixedThreadPool(FILLERS);
        try {
            while (waiting.size() < size) {
                int batch = Math.min(Math.min(FILLERS, people.size()), size - waiting.size());
                List<Future<Waiting>> opened = new ArrayList<>();
                for (int i = 0; i < batch; i++) {
                    IbKeyPerson person = nextPerson();
                    opened.add(fillers.submit(() -> start(person)));
                }
                for (Future<Waiting> login : opened) {
                    waiting.addLast(login.get());
                }
            }
        } finally {
            fillers.shutdown();
        }
        Thread.sleep(1000);
    }

    /** Makes {@code approvals} approvals on each route, taking turns, each replaced by a new waiting login. */
    List<PushSample> approve(int approvals, List<PhoneRoute> routes) throws Exception {
        int size = waiting.size();
        List<PushSample> samples = new ArrayList<>();
        for (int i = 0; i < approvals * routes.size(); i++) {
            PhoneRoute route = routes.get(i % routes.size());
            samples.add(approveOldest(route, size, i / routes.size()));
            open();
        }
        return samples;
    }

    private PushSample approveOldest(PhoneRoute route, int size, int index) throws Exception {
        Waiting login = waiting.pollFirst();
        long sleep = login.polledAt() / 1_000_000 + PERSON_MILLIS - System.nanoTime() / 1_000_000;
        if (sleep > 0) {
            Thread.sleep(sleep);
        }
        PushPage push = login.push();
        IbKeyPerson onPhone = route.phoneOn().apply(push.person());
        ChallengeContext context = phone.read(onPhone.onPhone(), push.challengeId());
        DecisionRequest decision = phone.signDecision(onPhone.onPhone(), push.challengeId(), IbKeyProtocol.APPROVE,
                null, push.shown(), context.amount());
        long t0 = System.nanoTime();
        String status = phone.apiClient().sendDecision(onPhone.onPhone(), push.challengeId(), decision).status();
        long returned = System.nanoTime();
        if (!"approved".equals(status)) {
            throw new IllegalStateException("the phone's approval answered " + status);
        }
        long t2 = login.nextPage().get(30, TimeUnit.SECONDS);
        long t1 = login.told().get().at();
        return new PushSample(route.name(), size, index, ms(returned - t0), ms(t1 - t0), ms(t2 - t0));
    }

    private void open() {
        waiting.addLast(start(nextPerson()));
    }

    private IbKeyPerson nextPerson() {
        return people.get(nextPerson++ % people.size());
    }

    /** Logs {@code person} in up to the push page and has the page's poll go out. */
    private Waiting start(IbKeyPerson person) {
        Browser browser = idleBrowsers.pollFirst();
        if (browser == null) {
            browser = connections.sharingConnections();
        }
        browser.clearCookies();
        browser.clientAddress(person.account().clientAddress());
        PushPage push = PushPage.open(browserNode, person, browser, phone, knownChallenges);
        long polledAt = System.nanoTime();
        CompletableFuture<LongPoll.Answer> told = poll.await(push.waitUrl());
        CompletableFuture<Long> nextPage = told.thenApplyAsync(answer -> submit(push, answer), poll.browsers());
        return new Waiting(push, polledAt, told, nextPage);
    }

    /** The browser's part once told: submit the page's form and check it lands on the code redirect. */
    private long submit(PushPage push, LongPoll.Answer answer) {
        if (!"approved".equals(answer.state())) {
            throw new IllegalStateException("the push page learnt " + answer.state());
        }
        var next = push.submit();
        long at = System.nanoTime();
        if (!PushPage.isCodeRedirect(next)) {
            throw new IllegalStateException("the push page's form led to " + next.describe() + ", not the code");
        }
        idleBrowsers.addLast(push.browser());
        return at;
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

    /** Approves and completes what is still waiting, so the next series starts with free push places. */
    @Override
    public void close() {
        List<Waiting> left = new ArrayList<>(waiting);
        waiting.clear();
        for (Waiting login : left) {
            try {
                phone.approve(login.push().person().onPhone(), login.push().challengeId(), login.push().shown());
            } catch (RuntimeException e) {
                System.err.println("could not approve " + login.push().challengeId() + ": " + e.getMessage());
            }
        }
        for (Waiting login : left) {
            try {
                login.nextPage().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                System.err.println("a left-over login did not complete: " + e.getMessage());
            }
        }
        poll.close();
    }
}
