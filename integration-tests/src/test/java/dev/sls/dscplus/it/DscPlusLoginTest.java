package dev.sls.dscplus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sls.dscplus.simulator.CardVendor;
import dev.sls.dscplus.simulator.DscPlusCard;
import dev.sls.it.BruteForce;
import dev.sls.it.Lifetime;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.KeycloakExtension;
import dev.sls.testkit.browser.Browser;
import dev.sls.testkit.browser.OidcLogin;
import dev.sls.testkit.browser.Page;
import dev.sls.testkit.browser.Tokens;
import dev.sls.testkit.demo.DscPlusDemo;
import dev.sls.testkit.server.KeycloakServer;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Logging in with a DSC+ card: the seeds' "PIN>", "CHALLNG>", 6-digit challenge in, 8-digit response out. */
@ExtendWith(KeycloakExtension.class)
class DscPlusLoginTest {

    private static final String INVALID = "The response code is not correct.";
    private static final String EXPIRED = "The challenge code has expired.";

    @Test
    void demoUserCarolLogsInWithHerCard(KeycloakServer server, AdminClient admin) {
        DscPlusDemo.provision(server, admin);
        Page challenge = DscPlusSteps.password(server, new Browser(), DscPlusDemo.CAROL, DscPlusDemo.CAROLS_PASSWORD);
        assertTrue(challenge.has(DscPlusSteps.LOGIN_FORM), challenge::describe);
        assertTrue(DscPlusSteps.challenge(challenge).matches("\\d{6}"), challenge::describe);
        String steps = challenge.document().select("#sls-dscplus-steps").text();
        assertTrue(steps.contains("PIN>") && steps.contains("CHALLNG>"), steps);
        assertTrue(challenge.text().contains("If the passcode expires, start over from step 1"), challenge::describe);
        assertTrue(challenge.document().select("#sls-reference-app").text().contains("DscCli respond --serial DEMO0001"));

        Tokens tokens = OidcLogin.finish(DscPlusSteps.answer(challenge, DscPlusDemo.carolsCard(), DscPlusDemo.CAROLS_PIN));
        assertEquals(DscPlusDemo.CAROL, tokens.accessClaims().path("preferred_username").asText());
    }

    @Test
    void aWrongPinOnTheCardGivesAWrongResponseThatIsRefusedAndCounted(KeycloakServer server, AdminClient admin) {
        DscPlusSteps.TestUser user = DscPlusSteps.newUser(admin, "dsc-pin");
        DscPlusCard card = DscPlusSteps.activeCardHolder(server, admin, user);

        Page page = DscPlusSteps.password(server, new Browser(), user.username(), user.password());
        String first = DscPlusSteps.challenge(page);
        Page refused = DscPlusSteps.answer(page, card, "0428");
        assertFalse(refused.isRedirect(), refused::describe);
        assertTrue(refused.errorText().contains(INVALID), refused::describe);
        BruteForce.assertFailures(admin, DscPlusSteps.REALM, user.id(), 1);
        assertNotEquals(first, DscPlusSteps.challenge(refused), "a new challenge after a wrong response");

        Tokens tokens = OidcLogin.finish(DscPlusSteps.answer(refused, card, DscPlusSteps.PIN));
        assertEquals(user.username(), tokens.accessClaims().path("preferred_username").asText());
        admin.clearBruteForce(DscPlusSteps.REALM, user.id());
    }

    @Test
    void aResponseToAnEarlierChallengeIsNotAcceptedAgain(KeycloakServer server, AdminClient admin) {
        DscPlusSteps.TestUser user = DscPlusSteps.newUser(admin, "dsc-reuse");
        DscPlusCard card = DscPlusSteps.activeCardHolder(server, admin, user);
        Page page = DscPlusSteps.password(server, new Browser(), user.username(), user.password());
        String earlier = DscPlusSteps.challenge(page);
        String earlierResponse = DscPlusSteps.respond(card, DscPlusSteps.PIN, earlier);
        Page next = page.form(DscPlusSteps.LOGIN_FORM).set("sls-response", "12345678").submit("kc-login");

        Page replay = next.form(DscPlusSteps.LOGIN_FORM).set("sls-response", earlierResponse).submit("kc-login");
        assertFalse(replay.isRedirect(), "a response is good for its own challenge only: " + replay.describe());
        assertTrue(replay.errorText().contains(INVALID), replay::describe);
        admin.clearBruteForce(DscPlusSteps.REALM, user.id());
    }

    @Test
    void anExpiredChallengeStartsOverWithANewOne(KeycloakServer server, AdminClient admin) {
        DscPlusSteps.TestUser user = DscPlusSteps.newUser(admin, "dsc-expiry");
        DscPlusCard card = DscPlusSteps.activeCardHolder(server, admin, user);
        String path = admin.authenticatorConfigPath(DscPlusSteps.REALM, "sls browser", "sls-dscplus-authenticator");
        JsonNode previous = admin.get(path);
        var shortLived = previous.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) shortLived.get("config")).put("sls.dscplus.challenge-lifetime", "30");
        admin.put(path, shortLived);
        try {
            Page page = DscPlusSteps.password(server, new Browser(), user.username(), user.password());
            Instant issued = Instant.now();
            String late = DscPlusSteps.respond(card, DscPlusSteps.PIN, DscPlusSteps.challenge(page));
            // 30 s is the smallest lifetime allowed: a person needs that long to read, key in and answer.
            Lifetime.awaitEnd(issued, Duration.ofSeconds(30));
            Page expired = page.form(DscPlusSteps.LOGIN_FORM).set("sls-response", late).submit("kc-login");
            assertFalse(expired.isRedirect(), expired::describe);
            assertTrue(expired.errorText().contains(EXPIRED) && expired.errorText().contains("start over from step 1"),
                    expired::describe);
            assertEquals(0, admin.bruteForceStatus(DscPlusSteps.REALM, user.id()).path("numFailures").asInt(),
                    "an expired challenge is not the person's mistake");
            OidcLogin.finish(DscPlusSteps.answer(expired, card, DscPlusSteps.PIN));
        } finally {
            admin.put(path, previous);
        }
    }

    @Test
    void aBlockedCardIsRefusedAtTheNextLoginAndMidLogin(KeycloakServer server, AdminClient admin) {
        DscPlusSteps.TestUser user = DscPlusSteps.newUser(admin, "dsc-lost");
        DscPlusCard card = DscPlusSteps.activeCardHolder(server, admin, user);
        Page during = DscPlusSteps.password(server, new Browser(), user.username(), user.password());
        String cardId = admin.get(DscPlusSteps.AREA + "/cards?userId=" + user.id()).path("cards").get(0).path("id").asText();

        AdminClient.Response blocked = admin.send("POST", DscPlusSteps.AREA + "/cards/" + cardId + "/block",
                AdminClient.object().put("reason", "lost on the train"));
        assertEquals(200, blocked.status(), blocked.body());
        assertEquals("blocked", blocked.json().path("state").asText());

        Page refused = DscPlusSteps.answer(during, card, DscPlusSteps.PIN);
        assertFalse(refused.isRedirect(), "a right response of a blocked card: " + refused.describe());
        assertTrue(refused.errorText().contains("has been blocked"), refused::describe);
        assertFalse(refused.has(DscPlusSteps.LOGIN_FORM));

        Page next = DscPlusSteps.password(server, new Browser(), user.username(), user.password());
        assertTrue(next.errorText().contains("has been blocked"), next::describe);
        assertFalse(next.has(DscPlusSteps.LOGIN_FORM), next::describe);
    }

    @Test
    void aReplacementCardRetiresTheOldOneAndOtherDevicesStay(KeycloakServer server, AdminClient admin) {
        DscPlusSteps.TestUser user = DscPlusSteps.newUser(admin, "dsc-replace");
        DscPlusCard old = DscPlusSteps.activeCardHolder(server, admin, user);
        String oldSerial = old.serial();
        CardVendor.MadeCard replacement = DscPlusSteps.importBatch(admin, 1).cards().get(0);
        DscPlusSteps.assign(admin, replacement.serial(), user);
        DscPlusCard card = replacement.card(null);

        Page page = DscPlusSteps.password(server, new Browser(), user.username(), user.password());
        Page serial = DscPlusSteps.answer(page, old, DscPlusSteps.PIN);
        Page prove = serial.form("#sls-dscplus-serial-form").set("sls-serial", replacement.serial()).submit("sls-continue");
        String response = DscPlusSteps.respond(card, "8264", DscPlusSteps.challenge(prove));
        Page done = prove.form("#sls-dscplus-activate-form").set("sls-pin", "8264").set("sls-pin-confirm", "8264")
                .set("sls-response", response).submit("sls-continue");
        OidcLogin.finish(done);

        assertEquals("returned", DscPlusSteps.cardBySerial(admin, oldSerial).path("state").asText());
        assertEquals("active", DscPlusSteps.cardBySerial(admin, replacement.serial()).path("state").asText());
        JsonNode history = admin.get(DscPlusSteps.AREA + "/cards/" + DscPlusSteps.cardId(admin, oldSerial)).path("history");
        assertEquals("replaced", history.get(history.size() - 1).path("action").asText(), history::toString);
        long dscCredentials = java.util.stream.StreamSupport.stream(admin.credentials(DscPlusSteps.REALM, user.id()).spliterator(), false)
                .filter(c -> c.path("type").asText().equals("sls-dsc-plus")).count();
        assertEquals(1, dscCredentials);

        Page again = DscPlusSteps.password(server, new Browser(), user.username(), user.password());
        Page wrongCard = DscPlusSteps.answer(again, old, DscPlusSteps.PIN);
        assertTrue(wrongCard.errorText().contains(INVALID), "the old card no longer works: " + wrongCard.describe());
        OidcLogin.finish(DscPlusSteps.answer(wrongCard, card, "8264"));
        admin.clearBruteForce(DscPlusSteps.REALM, user.id());
    }

    @Test
    void activationChecksTheSerialThePinRulesAndPossession(KeycloakServer server, AdminClient admin) {
        DscPlusSteps.TestUser user = DscPlusSteps.newUser(admin, "dsc-activate");
        CardVendor batch = DscPlusSteps.importBatch(admin, 2);
        CardVendor.MadeCard mine = batch.cards().get(0);
        DscPlusSteps.assign(admin, mine.serial(), user);
        DscPlusCard card = mine.card(null);

        Page serial = DscPlusSteps.password(server, new Browser(), user.username(), user.password());
        Page badFormat = serial.form("#sls-dscplus-serial-form").set("sls-serial", "12").submit("sls-continue");
        assertTrue(badFormat.errorText().contains("4 to 32 letters and digits"), badFormat::describe);
        Page notMine = badFormat.form("#sls-dscplus-serial-form").set("sls-serial", batch.cards().get(1).serial())
                .submit("sls-continue");
        assertTrue(notMine.errorText().contains("No card with this serial number"), "a stock card, self-assignment off: "
                + notMine.describe());
        Page prove = notMine.form("#sls-dscplus-serial-form").set("sls-serial", mine.serial().toLowerCase())
                .submit("sls-continue");
        assertTrue(prove.has("#sls-dscplus-activate-form"), prove::describe);

        Page weak = prove.form("#sls-dscplus-activate-form").set("sls-pin", "1234").set("sls-pin-confirm", "1234")
                .set("sls-response", DscPlusSteps.respond(card, "1234", DscPlusSteps.challenge(prove))).submit("sls-continue");
        assertTrue(weak.errorText().contains("run of characters"), weak::describe);
        Page wrong = weak.form("#sls-dscplus-activate-form").set("sls-pin", "5820").set("sls-pin-confirm", "5820")
                .set("sls-response", DscPlusSteps.respond(card, "5821", DscPlusSteps.challenge(weak))).submit("sls-continue");
        assertTrue(wrong.errorText().contains(INVALID), wrong::describe);
        assertEquals("assigned", DscPlusSteps.cardBySerial(admin, mine.serial()).path("state").asText());

        Page done = wrong.form("#sls-dscplus-activate-form").set("sls-pin", "5820").set("sls-pin-confirm", "5820")
                .set("sls-response", DscPlusSteps.respond(card, "5820", DscPlusSteps.challenge(wrong))).submit("sls-continue");
        OidcLogin.finish(done);
        assertEquals("active", DscPlusSteps.cardBySerial(admin, mine.serial()).path("state").asText());
        assertFalse(admin.get("/" + DscPlusSteps.REALM + "/users/" + user.id()).path("requiredActions").toString()
                .contains("sls-dscplus-activate"));
    }
}
