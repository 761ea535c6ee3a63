package dev.sls.ibkey.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sls.ibkey.app.DeviceApiException;
import dev.sls.ibkey.app.IbKeyApp;
import dev.sls.ibkey.app.IbKeyUser;
import dev.sls.ibkey.protocol.TransferUri;
import dev.sls.ibkey.protocol.api.DecisionRequest;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.ClusterExtension;
import dev.sls.testkit.browser.Browser;
import dev.sls.testkit.browser.OidcLogin;
import dev.sls.testkit.browser.Page;
import dev.sls.testkit.server.KeycloakCluster;
import dev.sls.testkit.server.KeycloakServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * IB Key on the two-node cluster: the browser on node A, the phone on node B, races between the two nodes, and a
 * node that dies while a browser waits.
 */
@ExtendWith(ClusterExtension.class)
class IbKeyClusterTest {

    private static String nodeB(KeycloakCluster cluster) {
        return cluster.node(1).baseUrl();
    }

    /** The same phone user, talking to node B. */
    private static IbKeyUser onNodeB(KeycloakCluster cluster, IbKeyUser user) {
        return new IbKeyUser(nodeB(cluster), user.realm(), user.username(), user.deviceHandle(), user.ocraSuite(),
                user.ocraKey());
    }

    private static IbKeySteps.TestUser newUser(KeycloakCluster cluster, String prefix) {
        return IbKeySteps.newUser(AdminClient.forServer(cluster.node(0)), prefix);
    }

    @Test
    void activationShownOnOneNodeIsDoneByAPhoneTalkingToTheOther(KeycloakCluster cluster) {
        IbKeySteps.TestUser user = newUser(cluster, "xactivate");
        Page activation = IbKeySteps.password(cluster.node(0), new Browser(), user);
        IbKeyApp app = IbKeyApp.install("cluster phone", "android");
        app.activateWithCode(nodeB(cluster), IbKeySteps.REALM, IbKeySteps.activationCode(activation), IbKeySteps.PIN);
        assertEquals("activated", IbKeySteps.waitState(activation, IbKeySteps.ACTIVATE_FORM, 10));
        Page next = activation.form(IbKeySteps.ACTIVATE_FORM).submit();
        assertEquals(user.username(), OidcLogin.finish(next).accessClaims().path("preferred_username").asText());
    }

    @Test
    void aPushWaitedOnOneNodeIsApprovedOnTheOther(KeycloakCluster cluster) throws Exception {
        IbKeySteps.TestUser user = newUser(cluster, "xpush");
        IbKeyApp app = IbKeyApp.install("cluster phone", "android");
        IbKeyUser onA = IbKeySteps.enrol(cluster.node(0), user, app);
        Page push = IbKeySteps.password(cluster.node(0), new Browser(), user);
        IbKeyUser onB = onNodeB(cluster, onA);
        CompletableFuture<String> waiting = waitingBrowser(push);
        assertEquals("approved", app.approve(onB, IbKeySteps.onlyPending(app, onB), IbKeySteps.shown(push)).status());
        // The nodes sweep for missed messages only once a minute: an answer inside the 20 s poll came by cluster message.
        assertEquals("approved", waiting.get(30, TimeUnit.SECONDS));
        Page next = push.form(IbKeySteps.PUSH_FORM).submit();
        assertEquals(user.username(), OidcLogin.finish(next).accessClaims().path("preferred_username").asText());
    }

    @Test
    void oneChallengeApprovedOnBothNodesAtOnceSucceedsOnce(KeycloakCluster cluster) throws Exception {
        IbKeySteps.TestUser user = newUser(cluster, "xrace");
        IbKeyApp app = IbKeyApp.install("cluster phone", "android");
        IbKeyUser onA = IbKeySteps.enrol(cluster.node(0), user, app);
        IbKeyUser onB = onNodeB(cluster, onA);
        for (int round = 0; round < 5; round++) {
            Page push = IbKeySteps.password(cluster.node(0), new Browser(), user);
            String id = IbKeySteps.onlyPending(app, onA);
            DecisionRequest first = app.signDecision(onA, id, "approve", null, IbKeySteps.shown(push), null);
            DecisionRequest second = app.signDecision(onB, id, "approve", null, IbKeySteps.shown(push), null);
            List<String> outcomes = race(() -> app.apiClient().sendDecision(onA, id, first).status(),
                    () -> app.apiClient().sendDecision(onB, id, second).status());
            assertEquals(1, outcomes.stream().filter("approved"::equals).count(), outcomes::toString);
            assertTrue(outcomes.contains("challenge_already_decided"), outcomes::toString);
            OidcLogin.finish(IbKeySteps.continueAfterDecision(push, "approved"));
        }
    }

    @Test
    void oneActivationCodeOnBothNodesAtOnceActivatesOnePhoneTheOtherIsToldItWasUsed(KeycloakCluster cluster)
            throws Exception {
        for (int round = 0; round < 5; round++) {
            IbKeySteps.TestUser user = newUser(cluster, "xcode");
            String code = IbKeySteps.activationCode(IbKeySteps.password(cluster.node(0), new Browser(), user));
            IbKeyApp first = IbKeyApp.install("first phone", "android");
            IbKeyApp second = IbKeyApp.install("second phone", "android");
            List<String> outcomes = race(
                    () -> first.activateWithCode(cluster.node(0).baseUrl(), IbKeySteps.REALM, code, IbKeySteps.PIN)
                            .username(),
                    () -> second.activateWithCode(nodeB(cluster), IbKeySteps.REALM, code, IbKeySteps.PIN).username());
            assertEquals(1, outcomes.stream().filter(user.username()::equals).count(), outcomes::toString);
            assertTrue(outcomes.contains("activation_code_used"), "the loser is told the truth: " + outcomes);
        }
    }

    @Test
    void aTransferOfferedOnOneNodeIsTakenOnTheOtherOnce(KeycloakCluster cluster) throws Exception {
        IbKeySteps.TestUser user = newUser(cluster, "xtransfer");
        IbKeyApp oldPhone = IbKeyApp.install("old phone", "android");
        IbKeyUser onA = IbKeySteps.enrol(cluster.node(0), user, oldPhone);
        TransferUri offer = oldPhone.offerTransfer(onA);
        TransferUri onB = new TransferUri(nodeB(cluster), offer.realm(), offer.offer());
        IbKeyApp first = IbKeyApp.install("first new phone", "android");
        IbKeyApp second = IbKeyApp.install("second new phone", "android");
        List<String> outcomes = race(() -> first.acceptTransfer(onB, IbKeySteps.PIN).username(),
                () -> second.acceptTransfer(offer, IbKeySteps.PIN).username());
        assertEquals(1, outcomes.stream().filter(user.username()::equals).count(), outcomes::toString);
        assertTrue(outcomes.contains("transfer_offer_used"), "the loser is told the truth: " + outcomes);

        IbKeyApp winner = first.users().isEmpty() ? second : first;
        IbKeyUser onWinner = winner.users().get(0);
        Page push = IbKeySteps.password(cluster.node(0), new Browser(), user);
        winner.approve(onWinner, IbKeySteps.onlyPending(winner, onWinner), IbKeySteps.shown(push));
        Page next = IbKeySteps.continueAfterDecision(push, "approved");
        assertEquals(user.username(), OidcLogin.finish(next).accessClaims().path("preferred_username").asText());
        DeviceApiException retired = assertThrows(DeviceApiException.class,
                () -> oldPhone.pending(onNodeB(cluster, onA)));
        assertEquals("device_retired", retired.error());
    }

    @Test
    void pushLimitsHoldWhicheverNodeTheLoginsGoTo(KeycloakCluster cluster) {
        IbKeySteps.TestUser user = newUser(cluster, "xlimits");
        IbKeyApp app = IbKeyApp.install("cluster phone", "android");
        IbKeySteps.enrol(cluster.node(0), user, app);
        String nodeA = cluster.node(0).baseUrl();
        try (var limits = AuthenticatorConfig.ibKeyLogin(AdminClient.forServer(cluster.node(0)),
                Map.of("sls.ibkey.pushes-per-window", "2", "sls.ibkey.push-backoff", "0"))) {
            assertTrue(IbKeySteps.password(cluster.node(0), new Browser(), user).has(IbKeySteps.PUSH_FORM));
            assertTrue(IbKeySteps.password(cluster.node(0), new Browser().sendTo(nodeA, nodeB(cluster)), user)
                    .has(IbKeySteps.PUSH_FORM));
            Page third = IbKeySteps.password(cluster.node(0), new Browser().sendTo(nodeA, nodeB(cluster)), user);
            assertFalse(third.has(IbKeySteps.PUSH_FORM), "two pushes per window, counted on both nodes");
            Page fourth = IbKeySteps.password(cluster.node(0), new Browser(), user);
            assertFalse(fourth.has(IbKeySteps.PUSH_FORM), "and node A sees node B's count");
        }
    }

    @Test
    void anOfflineResponseIsCheckedByTheOtherNode(KeycloakCluster cluster) {
        IbKeySteps.TestUser user = newUser(cluster, "xoffline");
        IbKeyApp app = IbKeyApp.install("cluster phone", "android");
        IbKeyUser onA = IbKeySteps.enrol(cluster.node(0), user, app);
        Browser browser = new Browser();
        Page push = IbKeySteps.password(cluster.node(0), browser, user);
        Page challenge = push.form(IbKeySteps.PUSH_OPTIONS).submit("sls-offline");
        String shown = challenge.document().selectFirst("#sls-challenge").text();
        browser.sendTo(cluster.node(0).baseUrl(), nodeB(cluster));
        Page next = challenge.form(IbKeySteps.RESPONSE_FORM).set("sls-response", app.respond(onA, shown, IbKeySteps.PIN))
                .submit("kc-login");
        assertEquals(user.username(), OidcLogin.finish(next).accessClaims().path("preferred_username").asText());
    }

    @Test
    void aLoginWaitingOnOneNodeCompletesWhenTheOtherDies(KeycloakCluster cluster) throws Exception {
        IbKeySteps.TestUser user = newUser(cluster, "xkill");
        IbKeyApp app = IbKeyApp.install("cluster phone", "android");
        IbKeyUser onA = IbKeySteps.enrol(cluster.node(0), user, app);
        Page push = IbKeySteps.password(cluster.node(0), new Browser(), user);
        KeycloakServer nodeB = cluster.node(1);
        try {
            CompletableFuture<String> waiting = waitingBrowser(push);
            nodeB.kill();
            assertEquals("approved", app.approve(onA, IbKeySteps.onlyPending(app, onA), IbKeySteps.shown(push)).status());
            assertEquals("approved", waiting.get(30, TimeUnit.SECONDS));
            Page next = push.form(IbKeySteps.PUSH_FORM).submit();
            assertEquals(user.username(), OidcLogin.finish(next).accessClaims().path("preferred_username").asText());
        } finally {
            cluster.restart(1);
        }
    }

    /** The push page's long poll (20 s), already waiting on its node when this returns. */
    private static CompletableFuture<String> waitingBrowser(Page push) throws Exception {
        CompletableFuture<String> waiting = CompletableFuture.supplyAsync(
                () -> IbKeySteps.waitState(push, IbKeySteps.PUSH_FORM, 20));
        // Long enough for the poll to be registered on its node even on a loaded machine: a decision made before
        // that is found in the store by the poll itself, not by the cluster message this test is about.
        Thread.sleep(3_000);
        assertFalse(waiting.isDone(), "the poll waits while nothing is decided");
        return waiting;
    }

    private static List<String> race(Callable<String> one, Callable<String> other) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<String> outcomes = new ArrayList<>();
            for (Future<String> f : pool.invokeAll(List.of(refusalAsOutcome(one), refusalAsOutcome(other)))) {
                outcomes.add(f.get());
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Callable<String> refusalAsOutcome(Callable<String> call) {
        return () -> {
            try {
                return call.call();
            } catch (DeviceApiException refused) {
                return refused.error();
            }
        };
    }
}
