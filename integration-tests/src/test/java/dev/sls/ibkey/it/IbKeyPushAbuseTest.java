package dev.sls.ibkey.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sls.ibkey.app.DeviceApiException;
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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Push bombing: however many browser sessions an attacker with the password opens, the person's phone stays quiet. */
@ExtendWith(KeycloakExtension.class)
class IbKeyPushAbuseTest {

    @Test
    void resendingFromManySessionsHitsAWallAndLeavesNothingApprovable(KeycloakServer server, AdminClient admin) {
        IbKeySteps.Enrolled e = IbKeySteps.enrolled(server, admin, "storm");
        try (var limits = AuthenticatorConfig.ibKeyLogin(admin, Map.of("sls.ibkey.pushes-per-window", "5",
                "sls.ibkey.push-backoff", "0", "sls.ibkey.unanswered-limit", "10"))) {
            Set<String> everSeen = new HashSet<>();
            List<Page> pages = new ArrayList<>();
            for (int session = 0; session < 3; session++) {
                pages.add(IbKeySteps.password(server, new Browser(), e.user()));
            }
            for (int round = 0; round < 5; round++) {
                for (int session = 0; session < pages.size(); session++) {
                    e.app().pending(e.onApp()).challenges().forEach(c -> everSeen.add(c.challengeId()));
                    Page page = pages.get(session);
                    Page next = page.has(IbKeySteps.PUSH_FORM)
                            ? page.form(IbKeySteps.PUSH_OPTIONS).submit("sls-offline")
                                    .form("#sls-response-options").submit("sls-push-again")
                            : page.form("#sls-response-options").submit("sls-push-again");
                    pages.set(session, next);
                    assertTrue(e.app().pending(e.onApp()).challenges().size() <= 3, "one live push per session at most");
                }
            }
            e.app().pending(e.onApp()).challenges().forEach(c -> everSeen.add(c.challengeId()));
            assertTrue(everSeen.size() <= 5, "5 pushes per window, whatever the sessions: " + everSeen.size());
            assertTrue(pages.stream().anyMatch(p -> p.text().contains("Several notifications were sent a moment ago")),
                    "the wall is said on the page");
            List<String> live = e.app().pending(e.onApp()).challenges().stream().map(c -> c.challengeId()).toList();
            for (String id : everSeen) {
                if (!live.contains(id)) {
                    DeviceApiException dead = assertThrows(DeviceApiException.class, () -> e.app().deny(e.onApp(), id));
                    assertTrue(Set.of("challenge_cancelled", "challenge_not_found").contains(dead.error()), dead.error());
                }
            }
        }
    }

    @Test
    void eachPushToOneUserWaitsLongerThanTheLast(KeycloakServer server, AdminClient admin) throws Exception {
        IbKeySteps.Enrolled e = IbKeySteps.enrolled(server, admin, "backoff");
        try (var limits = AuthenticatorConfig.ibKeyLogin(admin, Map.of("sls.ibkey.push-backoff", "2",
                "sls.ibkey.unanswered-limit", "10"))) {
            assertTrue(IbKeySteps.password(server, new Browser(), e.user()).has(IbKeySteps.PUSH_FORM));
            assertTrue(IbKeySteps.password(server, new Browser(), e.user()).has(IbKeySteps.PUSH_FORM));
            Instant secondSent = Instant.now();
            Page third = IbKeySteps.password(server, new Browser(), e.user());
            assertFalse(third.has(IbKeySteps.PUSH_FORM), third::describe);
            assertTrue(third.text().matches("(?s).*ask for another in (1 second|2 seconds),.*"), third::describe);
            Lifetime.awaitEnd(secondSent, Duration.ofSeconds(2));
            assertTrue(IbKeySteps.password(server, new Browser(), e.user()).has(IbKeySteps.PUSH_FORM));
            Page fifth = IbKeySteps.password(server, new Browser(), e.user());
            assertTrue(fifth.text().matches("(?s).*ask for another in [34] seconds.*"), fifth::describe);
        }
    }

    @Test
    void thePersonsOwnApprovalsNeverSlowTheirNextLoginDown(KeycloakServer server, AdminClient admin) {
        IbKeySteps.Enrolled e = IbKeySteps.enrolled(server, admin, "regular");
        try (var limits = AuthenticatorConfig.ibKeyLogin(admin, Map.of("sls.ibkey.push-backoff", "60",
                "sls.ibkey.pushes-per-window", "3"))) {
            for (int login = 0; login < 6; login++) {
                Page push = IbKeySteps.password(server, new Browser(), e.user());
                assertTrue(push.has(IbKeySteps.PUSH_FORM), "login " + login + ": " + push.describe());
                e.app().approve(e.onApp(), IbKeySteps.onlyPending(e.app(), e.onApp()), IbKeySteps.shown(push));
                OidcLogin.finish(IbKeySteps.continueAfterDecision(push, "approved"));
            }
        }
    }

    @Test
    void oneAddressCannotPushToManyUsers(KeycloakServer server, AdminClient admin) {
        List<IbKeySteps.Enrolled> users = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            users.add(IbKeySteps.enrolled(server, admin, "spray" + i));
        }
        String attacker = "10.203.113." + (20 + (int) (System.nanoTime() % 200));
        try (var limits = AuthenticatorConfig.ibKeyLogin(admin, Map.of("sls.ibkey.sends-per-ip", "3"))) {
            for (int i = 0; i < 3; i++) {
                Page push = IbKeySteps.password(server, new Browser().clientAddress(attacker), users.get(i).user());
                assertTrue(push.has(IbKeySteps.PUSH_FORM), push::describe);
            }
            Page fourth = IbKeySteps.password(server, new Browser().clientAddress(attacker), users.get(3).user());
            assertFalse(fourth.has(IbKeySteps.PUSH_FORM), fourth::describe);
            assertTrue(fourth.text().contains("Too many login messages were sent from your network"), fourth::describe);
            assertEquals(0, users.get(3).app().pending(users.get(3).onApp()).challenges().size());
            Page elsewhere = IbKeySteps.password(server, new Browser().clientAddress("10.0.2.200"), users.get(3).user());
            assertTrue(elsewhere.has(IbKeySteps.PUSH_FORM), "the person, from their own address, still gets a push");
        }
    }
}
