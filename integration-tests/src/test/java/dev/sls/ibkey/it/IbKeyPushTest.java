package dev.sls.ibkey.it;

import dev.sls.it.BruteForce;
import static dev.sls.ibkey.it.IbKeySteps.REALM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sls.ibkey.app.DeviceApiException;
import dev.sls.ibkey.app.IbKeyApp;
import dev.sls.ibkey.app.IbKeyUser;
import dev.sls.ibkey.protocol.api.ChallengeContext;
import dev.sls.ibkey.protocol.api.DecisionRequest;
import dev.sls.it.Lifetime;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.KeycloakExtension;
import dev.sls.testkit.browser.Browser;
import dev.sls.testkit.browser.OidcLogin;
import dev.sls.testkit.browser.Page;
import dev.sls.testkit.server.KeycloakServer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** F4: push login with number matching, deny, tampering, replay, concurrency and push-bombing limits. */
@ExtendWith(KeycloakExtension.class)
class IbKeyPushTest {

    @Test
    void approvedPushContinuesTheLoginWithTokens(KeycloakServer server, AdminClient admin) {
        IbKeySteps.Enrolled e = IbKeySteps.enrolled(server, admin, "approve");
        Page push = IbKeySteps.password(server, new Browser(), e.user());
        // The demo realm's sender is "none": the page says what really happens instead of claiming a notification.
        assertFalse(push.text().contains("A notification was sent"), push::describe);
        assertTrue(push.text().contains("Open the IB Key app on your phone"), push::describe);
        String code = IbKeySteps.shown(push);
        assertNotNull(code, push::describe);
        assertTrue(code.matches("\\d{6}"), "the typed code is the default match mode: " + code);
        assertEquals("approve --code " + code, push.document().selectFirst("#sls-reference-app code").text());

        String challengeId = IbKeySteps.onlyPending(e.app(), e.onApp());
        ChallengeContext context = e.app().read(e.onApp(), challengeId);
        assertEquals("code", context.matchMode());
        assertEquals(List.of(), context.numberChoices());
        assertEquals(IbKeySteps.CLIENT, context.clientId());
        assertEquals(e.user().username(), context.username());

        assertEquals("approved", e.app().approve(e.onApp(), challengeId, code).status());
        Page next = IbKeySteps.continueAfterDecision(push, "approved");
        assertEquals(e.user().username(), OidcLogin.finish(next).accessClaims().path("preferred_username").asText());
        assertEquals(0, e.app().pending(e.onApp()).challenges().size());
    }

    @Test
    void denyFailsTheLoginAndCountsAsAFailedAttempt(KeycloakServer server, AdminClient admin) {
        IbKeySteps.Enrolled e = IbKeySteps.enrolled(server, admin, "deny");
        Page push = IbKeySteps.password(server, new Browser(), e.user());
        assertEquals("denied", e.app().deny(e.onApp(), IbKeySteps.onlyPending(e.app(), e.onApp())).status());

        Page after = IbKeySteps.continueAfterDecision(push, "denied");
        assertFalse(after.isRedirect(), after::describe);
        assertTrue(after.errorText().contains("The login was denied on your phone"), after::describe);
        BruteForce.assertFailures(admin, REALM, e.user().id(), 1);
        admin.clearBruteForce(REALM, e.user().id());
    }

    @Test
    void pickingTheWrongNumberEndsThePushAndCountsAsAFailedAttempt(KeycloakServer server, AdminClient admin) {
        IbKeySteps.Enrolled e = IbKeySteps.enrolled(server, admin, "mismatch");
        try (var numbers = AuthenticatorConfig.ibKeyLogin(admin, Map.of("sls.ibkey.match-mode", "number"))) {
            Page push = IbKeySteps.password(server, new Browser(), e.user());
            String challengeId = IbKeySteps.onlyPending(e.app(), e.onApp());
            String wrong = e.app().read(e.onApp(), challengeId).numberChoices().stream().map(String::valueOf)
                    .filter(n -> !n.equals(IbKeySteps.shown(push))).findFirst().orElseThrow();

            assertEquals("number-mismatch", e.app().approve(e.onApp(), challengeId, wrong).status());
            assertEquals("challenge_already_decided", assertThrows(DeviceApiException.class,
                    () -> e.app().approve(e.onApp(), challengeId, IbKeySteps.shown(push))).error(), "the push died");
            Page after = IbKeySteps.continueAfterDecision(push, "number-mismatch");
            assertFalse(after.isRedirect(), after::describe);
            assertTrue(after.errorText().contains("did not match"), after::describe);
            BruteForce.assertFailures(admin, REALM, e.user().id(), 1);
        } finally {
            admin.clearBruteForce(REALM, e.user().id());
        }
    }

    @Test
    void typingAWrongCodeEndsThePushAndCountsAsAFailedAttempt(KeycloakServer server, AdminClient admin) {
        IbKeySteps.Enrolled e = IbKeySteps.enrolled(server, admin, "wrongcode");
        Page push = IbKeySteps.password(server, new Browser(), e.user());
        String challengeId = IbKeySteps.onlyPending(e.app(), e.onApp());
        String code = IbKeySteps.shown(push);
        String wrong = code.substring(0, 5) + (code.endsWith("0") ? "1" : "0");

        assertEquals("code-mismatch", e.app().approve(e.onApp(), challengeId, wrong).status());
        assertEquals("challenge_already_decided", assertThrows(DeviceApiException.class,
                () -> e.app().approve(e.onApp(), challengeId, code)).error(), "the push died");
        Page after = IbKeySteps.continueAfterDecision(push, "code-mismatch");
        assertTrue(after.errorText().contains("was not the code on this page"), after::describe);
        BruteForce.assertFailures(admin, REALM, e.user().id(), 1);

        // A new push does not wipe the count: only a login that succeeds does, as in Keycloak.
        Page again = after.form(IbKeySteps.PUSH_OPTIONS).submit("sls-resend");
        assertTrue(again.has(IbKeySteps.PUSH_FORM), again::describe);
        BruteForce.assertFailures(admin, REALM, e.user().id(), 1);
        admin.clearBruteForce(REALM, e.user().id());
    }

    @Test
    void tamperedAndReplayedSignaturesAreRejected(KeycloakServer server, AdminClient admin) {
        IbKeySteps.Enrolled e = IbKeySteps.enrolled(server, admin, "tamper");
        Page push = IbKeySteps.password(server, new Browser(), e.user());
        String challengeId = IbKeySteps.onlyPending(e.app(), e.onApp());
        String code = IbKeySteps.shown(push);

        DecisionRequest signed = e.app().signDecision(e.onApp(), challengeId, "approve", null, code, null);
        DecisionRequest tampered = new DecisionRequest("deny", signed.number(), signed.code(), signed.amount(),
                signed.nonce(), signed.time(), signed.signature());
        DeviceApiException bad = assertThrows(DeviceApiException.class,
                () -> e.app().apiClient().sendDecision(e.onApp(), challengeId, tampered));
        assertEquals(401, bad.status());
        assertEquals("bad_signature", bad.error());
        assertEquals(0, admin.bruteForceStatus(REALM, e.user().id()).path("numFailures").asInt(),
                "a request the phone did not sign is never charged to the user");

        assertEquals("approved", e.app().apiClient().sendDecision(e.onApp(), challengeId, signed).status());
        DeviceApiException replayed = assertThrows(DeviceApiException.class,
                () -> e.app().apiClient().sendDecision(e.onApp(), challengeId, signed));
        assertEquals(409, replayed.status());
        admin.clearBruteForce(REALM, e.user().id());
    }

    @Test
    void aRequestFromAPhoneWithAWrongClockIsRefusedAsStale(KeycloakServer server, AdminClient admin) {
        IbKeySteps.TestUser user = IbKeySteps.newUser(admin, "clock");
        ShiftableClock clock = new ShiftableClock();
        IbKeyApp app = IbKeyApp.install("phone with a bad clock", "android", clock);
        IbKeyUser onApp = IbKeySteps.enrol(server, user, app);
        IbKeySteps.password(server, new Browser(), user);
        String challengeId = IbKeySteps.onlyPending(app, onApp);

        clock.shift(Duration.ofMinutes(-10));
        DeviceApiException stale = assertThrows(DeviceApiException.class, () -> app.deny(onApp, challengeId));
        assertEquals("stale_request", stale.error());
        clock.shift(Duration.ofMinutes(10));
        assertEquals(1, app.pending(onApp).challenges().size());
    }

    @Test
    void twoConcurrentApprovalsYieldExactlyOneSuccess(KeycloakServer server, AdminClient admin) throws Exception {
        IbKeySteps.Enrolled e = IbKeySteps.enrolled(server, admin, "race");
        Page push = IbKeySteps.password(server, new Browser(), e.user());
        String challengeId = IbKeySteps.onlyPending(e.app(), e.onApp());
        String code = IbKeySteps.shown(push);
        DecisionRequest first = e.app().signDecision(e.onApp(), challengeId, "approve", null, code, null);
        DecisionRequest second = e.app().signDecision(e.onApp(), challengeId, "approve", null, code, null);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<String>> calls = List.of(
                    () -> outcome(() -> e.app().apiClient().sendDecision(e.onApp(), challengeId, first).status()),
                    () -> outcome(() -> e.app().apiClient().sendDecision(e.onApp(), challengeId, second).status()));
            List<String> outcomes = new ArrayList<>();
            for (Future<String> f : pool.invokeAll(calls)) {
                outcomes.add(f.get());
            }
            assertEquals(1, outcomes.stream().filter("approved"::equals).count(), outcomes::toString);
            assertEquals(1, outcomes.stream().filter("challenge_already_decided"::equals).count(), outcomes::toString);
        } finally {
            pool.shutdownNow();
        }
        Page next = IbKeySteps.continueAfterDecision(push, "approved");
        assertEquals(e.user().username(), OidcLogin.finish(next).accessClaims().path("preferred_username").asText());
    }

    private static String outcome(Callable<String> call) throws Exception {
        try {
            return call.call();
        } catch (DeviceApiException refused) {
            return refused.error();
        }
    }

    @Test
    void atMostThreePushesWaitAtOnceThenChallengeResponseIsOffered(KeycloakServer server, AdminClient admin) {
        IbKeySteps.Enrolled e = IbKeySteps.enrolled(server, admin, "bomb");
        try (var noBackoff = AuthenticatorConfig.ibKeyLogin(admin, Map.of("sls.ibkey.push-backoff", "0"))) {
            for (int i = 0; i < 3; i++) {
                assertTrue(IbKeySteps.password(server, new Browser(), e.user()).has(IbKeySteps.PUSH_FORM));
            }
            Page fourth = IbKeySteps.password(server, new Browser(), e.user());
            assertFalse(fourth.has(IbKeySteps.PUSH_FORM), fourth::describe);
            assertTrue(fourth.has(IbKeySteps.RESPONSE_FORM), fourth::describe);
            assertTrue(fourth.text().contains("Too many login notifications"), fourth::describe);
            assertEquals(3, e.app().pending(e.onApp()).challenges().size());
        }
    }

    @Test
    void theWaitEndpointAnswersPendingAtItsTimeoutAndRefusesGarbageIds(KeycloakServer server, AdminClient admin) {
        IbKeySteps.Enrolled e = IbKeySteps.enrolled(server, admin, "wait");
        Page push = IbKeySteps.password(server, new Browser(), e.user());
        assertEquals("pending", IbKeySteps.waitState(push, IbKeySteps.PUSH_FORM, 1));
        Page same = push.form(IbKeySteps.PUSH_FORM).submit();
        assertTrue(same.has(IbKeySteps.PUSH_FORM), same::describe);
        assertEquals(IbKeySteps.shown(push), IbKeySteps.shown(same));
    }

    @Test
    void anUnansweredPushExpiresOffersResendAndPausesPushesAfterTheLimit(KeycloakServer server, AdminClient admin)
            throws Exception {
        IbKeySteps.Enrolled e = IbKeySteps.enrolled(server, admin, "expire");
        try (var shortPushes = AuthenticatorConfig.ibKeyLogin(admin, Map.of("sls.ibkey.push-timeout", "10",
                "sls.ibkey.unanswered-limit", "1", "sls.ibkey.cooldown", "120"))) {
            Page push = IbKeySteps.password(server, new Browser(), e.user());
            Instant sent = Instant.now();
            String challengeId = IbKeySteps.onlyPending(e.app(), e.onApp());
            Lifetime.awaitEnd(sent, Duration.ofSeconds(10));
            DeviceApiException late = assertThrows(DeviceApiException.class,
                    () -> e.app().approve(e.onApp(), challengeId, IbKeySteps.shown(push)));
            assertEquals("challenge_expired", late.error());

            Page expired = push.form(IbKeySteps.PUSH_FORM).submit();
            assertTrue(expired.errorText().contains("The notification expired"), expired::describe);
            assertTrue(expired.has("#sls-resend") && expired.has("#sls-offline"), expired::describe);
            assertEquals(0, e.app().pending(e.onApp()).challenges().size());

            Page paused = expired.form(IbKeySteps.PUSH_OPTIONS).submit("sls-resend");
            assertTrue(paused.has(IbKeySteps.RESPONSE_FORM), paused::describe);
            assertTrue(paused.text().contains("notifications are paused"), paused::describe);
            assertEquals(0, e.app().pending(e.onApp()).challenges().size());
            assertEquals(0, admin.bruteForceStatus(REALM, e.user().id()).path("numFailures").asInt());
        }
    }

    @Test
    void switchingToChallengeResponseKillsThePush(KeycloakServer server, AdminClient admin) {
        IbKeySteps.Enrolled e = IbKeySteps.enrolled(server, admin, "switch");
        Page push = IbKeySteps.password(server, new Browser(), e.user());
        String challengeId = IbKeySteps.onlyPending(e.app(), e.onApp());
        Page challengePage = push.form(IbKeySteps.PUSH_OPTIONS).submit("sls-offline");
        assertTrue(challengePage.has(IbKeySteps.RESPONSE_FORM), challengePage::describe);

        assertEquals(0, e.app().pending(e.onApp()).challenges().size(), "the phone no longer lists it");
        DeviceApiException late = assertThrows(DeviceApiException.class,
                () -> e.app().approve(e.onApp(), challengeId, IbKeySteps.shown(push)));
        assertEquals("challenge_cancelled", late.error());
        assertEquals(410, late.status());
        assertEquals("cancelled", IbKeySteps.waitState(push, IbKeySteps.PUSH_FORM, 1));
    }

    @Test
    void aNewNotificationKillsTheOneBefore(KeycloakServer server, AdminClient admin) {
        IbKeySteps.Enrolled e = IbKeySteps.enrolled(server, admin, "renew");
        Page push = IbKeySteps.password(server, new Browser(), e.user());
        String first = IbKeySteps.onlyPending(e.app(), e.onApp());
        Page offline = push.form(IbKeySteps.PUSH_OPTIONS).submit("sls-offline");
        Page again = offline.form("#sls-response-options").submit("sls-push-again");
        assertTrue(again.has(IbKeySteps.PUSH_FORM), again::describe);
        String second = IbKeySteps.onlyPending(e.app(), e.onApp());
        assertFalse(first.equals(second));
        assertEquals("challenge_cancelled", assertThrows(DeviceApiException.class,
                () -> e.app().approve(e.onApp(), first, IbKeySteps.shown(push))).error());
        assertEquals("approved", e.app().approve(e.onApp(), second, IbKeySteps.shown(again)).status());
        Page next = IbKeySteps.continueAfterDecision(again, "approved");
        assertEquals(e.user().username(), OidcLogin.finish(next).accessClaims().path("preferred_username").asText());
    }

    @Test
    void reloadingThePushPageKeepsItsPushAndStartingOverRetiresIt(KeycloakServer server, AdminClient admin) {
        IbKeySteps.Enrolled e = IbKeySteps.enrolled(server, admin, "reload");
        Browser browser = new Browser();
        Page push = IbKeySteps.password(server, browser, e.user());
        String first = IbKeySteps.onlyPending(e.app(), e.onApp());

        // A reload of the push page: Keycloak says the page expired and offers to continue or to start over.
        Page expired = browser.open(push.url());
        assertTrue(expired.has("#loginContinueLink") && expired.has("#loginRestartLink"), expired::describe);
        String restartUrl = expired.document().selectFirst("#loginRestartLink").absUrl("href");
        Page continued = browser.open(expired.document().selectFirst("#loginContinueLink").absUrl("href"));
        assertTrue(continued.has(IbKeySteps.PUSH_FORM), continued::describe);
        assertEquals(IbKeySteps.shown(push), IbKeySteps.shown(continued), "the same push, shown again");
        assertEquals(first, IbKeySteps.onlyPending(e.app(), e.onApp()), "no second notification");

        Page restarted = browser.open(restartUrl);
        if (restarted.has("#kc-form-login")) {
            restarted = restarted.form("#kc-form-login").set("username", e.user().username())
                    .set("password", e.user().password()).submit("kc-login");
        }
        assertTrue(restarted.has(IbKeySteps.PUSH_FORM), restarted::describe);
        String second = IbKeySteps.onlyPending(e.app(), e.onApp());
        assertEquals("challenge_cancelled", assertThrows(DeviceApiException.class,
                () -> e.app().approve(e.onApp(), first, IbKeySteps.shown(push))).error());
        assertEquals("approved", e.app().approve(e.onApp(), second, IbKeySteps.shown(restarted)).status());
    }
}
