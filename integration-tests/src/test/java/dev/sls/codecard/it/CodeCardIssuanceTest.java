package dev.sls.codecard.it;

import static dev.sls.codecard.it.CodeCardSteps.ACTIVATE_FORM;
import static dev.sls.codecard.it.CodeCardSteps.LOGIN_FORM;
import static dev.sls.codecard.it.CodeCardSteps.PRINTED_FORM;
import static dev.sls.codecard.it.CodeCardSteps.REALM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.KeycloakExtension;
import dev.sls.testkit.browser.Browser;
import dev.sls.testkit.browser.OidcLogin;
import dev.sls.testkit.browser.Page;
import dev.sls.testkit.browser.Tokens;
import dev.sls.testkit.server.KeycloakServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Issuance of a Security Code Card through the required action, and its replacement. */
@ExtendWith(KeycloakExtension.class)
class CodeCardIssuanceTest {

    private static final String TYPE = "sls-code-card";

    @Test
    void userWithoutDeviceIsIssuedACardShownOnceAndActivatedByTypingItsCodes(KeycloakServer server, AdminClient admin) {
        CodeCardSteps.TestUser user = CodeCardSteps.newUser(admin, "newcomer");

        Browser browser = new Browser();
        Page issue = CodeCardSteps.password(server, browser, user);
        assertTrue(issue.has("#sls-code-card-sheet"), issue::describe);
        Map<Integer, String> card = CodeCardSteps.readCard(issue);
        assertEquals(100, card.size());
        card.values().forEach(code -> assertTrue(code.matches("\\d{4}"), code));
        assertTrue(cards(admin, user.id()).isEmpty(), "nothing is stored before activation");

        Page activation = issue.form(PRINTED_FORM).submit("sls-printed");
        assertEquals(2, CodeCardSteps.askedIndexes(activation, ACTIVATE_FORM).size());
        Page reloaded = browser.open(activation.url());
        assertFalse(reloaded.has("#sls-code-card-sheet"), "the card is shown once: " + reloaded.describe());
        assertTrue(reloaded.has(ACTIVATE_FORM), reloaded::describe);

        Page wrong = CodeCardSteps.answerWrongly(reloaded, ACTIVATE_FORM, card, "sls-activate");
        assertTrue(wrong.errorText().contains("not correct"), wrong::describe);
        assertTrue(cards(admin, user.id()).isEmpty(), "a wrong activation stores nothing");

        Tokens tokens = OidcLogin.finish(CodeCardSteps.answer(wrong, ACTIVATE_FORM, card, "sls-activate"));
        assertEquals(user.username(), tokens.accessClaims().path("preferred_username").asText());

        List<JsonNode> stored = cards(admin, user.id());
        assertEquals(1, stored.size());
        String adminView = stored.get(0).toString();
        assertFalse(adminView.contains("secretData") || adminView.contains("cellHashes") || adminView.contains("salt"), adminView);

        Page login = CodeCardSteps.password(server, new Browser(), user);
        assertTrue(login.has(LOGIN_FORM), login::describe);
        assertEquals(user.username(), OidcLogin.finish(CodeCardSteps.login(login, card)).accessClaims()
                .path("preferred_username").asText());
    }

    @Test
    void personWithoutThePrintedCardCanAskForANewOne(KeycloakServer server, AdminClient admin) {
        CodeCardSteps.TestUser user = CodeCardSteps.newUser(admin, "lostprint");
        Page issue = CodeCardSteps.password(server, new Browser(), user);
        Map<Integer, String> first = CodeCardSteps.readCard(issue);

        Page activation = issue.form(PRINTED_FORM).submit("sls-printed");
        Page reissued = activation.form("#sls-code-card-new-form").submit();
        Map<Integer, String> second = CodeCardSteps.readCard(reissued);
        assertEquals(100, second.size(), reissued::describe);
        assertNotEquals(first, second);

        CodeCardSteps.Issued issued = CodeCardSteps.issueAndActivate(reissued);
        assertEquals(second, issued.card());
        OidcLogin.finish(issued.next());
    }

    @Test
    void fiveWrongActivationsDiscardTheCardAndIssueAnother(KeycloakServer server, AdminClient admin) {
        CodeCardSteps.TestUser user = CodeCardSteps.newUser(admin, "fumble");
        Page issue = CodeCardSteps.password(server, new Browser(), user);
        Map<Integer, String> card = CodeCardSteps.readCard(issue);

        Page page = issue.form(PRINTED_FORM).submit("sls-printed");
        for (int attempt = 1; attempt < 5; attempt++) {
            page = CodeCardSteps.answerWrongly(page, ACTIVATE_FORM, card, "sls-activate");
            assertTrue(page.has(ACTIVATE_FORM), page::describe);
        }
        page = CodeCardSteps.answerWrongly(page, ACTIVATE_FORM, card, "sls-activate");

        assertTrue(page.errorText().contains("Too many incorrect codes"), page::describe);
        Map<Integer, String> replacement = CodeCardSteps.readCard(page);
        assertEquals(100, replacement.size());
        assertNotEquals(card, replacement);
        assertTrue(cards(admin, user.id()).isEmpty());
    }

    @Test
    void reissuingReplacesTheOldCard(KeycloakServer server, AdminClient admin) {
        CodeCardSteps.TestUser user = CodeCardSteps.newUser(admin, "reissue");
        Map<Integer, String> oldCard = CodeCardSteps.enrol(server, user);
        String oldId = cards(admin, user.id()).get(0).path("id").asText();

        admin.addRequiredAction(REALM, user.id(), "sls-code-card-issue");
        Page challenge = CodeCardSteps.password(server, new Browser(), user);
        Page issue = CodeCardSteps.login(challenge, oldCard);
        assertTrue(issue.has("#sls-code-card-sheet"), issue::describe);
        CodeCardSteps.Issued issued = CodeCardSteps.issueAndActivate(issue);
        OidcLogin.finish(issued.next());

        List<JsonNode> stored = cards(admin, user.id());
        assertEquals(1, stored.size(), "the new card replaces the old one");
        assertNotEquals(oldId, stored.get(0).path("id").asText());

        Page withOld = CodeCardSteps.login(CodeCardSteps.password(server, new Browser(), user), oldCard);
        assertFalse(withOld.isRedirect(), "the old card must no longer work: " + withOld.describe());
        assertTrue(withOld.errorText().contains("not correct"), withOld::describe);
        Tokens tokens = OidcLogin.finish(CodeCardSteps.login(withOld, issued.card()));
        assertEquals(user.username(), tokens.accessClaims().path("preferred_username").asText());
        admin.clearBruteForce(REALM, user.id());
    }

    private static List<JsonNode> cards(AdminClient admin, String userId) {
        List<JsonNode> cards = new ArrayList<>();
        admin.credentials(REALM, userId).forEach(c -> {
            if (TYPE.equals(c.path("type").asText())) {
                cards.add(c);
            }
        });
        return cards;
    }
}
