package dev.sls.codecard.it;

import static dev.sls.codecard.it.CodeCardSteps.LOGIN_FORM;
import static dev.sls.codecard.it.CodeCardSteps.REALM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sls.it.BruteForce;
import dev.sls.it.QuickLoginCheck;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.KeycloakExtension;
import dev.sls.testkit.browser.Browser;
import dev.sls.testkit.browser.OidcLogin;
import dev.sls.testkit.browser.Page;
import dev.sls.testkit.browser.Tokens;
import dev.sls.testkit.server.KeycloakServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Logging in with a Security Code Card: the seed's "Index Numbers" challenge after the password. */
@ExtendWith(KeycloakExtension.class)
class CodeCardLoginTest {

    private static final String INVALID = "The security codes you entered are not correct.";

    @Test
    void demoUserBobLogsInWithHisPrintedCardAndGetsTokens(KeycloakServer server) {
        Page challenge = CodeCardSteps.password(server, new Browser(), "bob", "bob-demo-password");
        assertTrue(challenge.has(LOGIN_FORM), challenge::describe);
        assertEquals(2, CodeCardSteps.askedIndexes(challenge, LOGIN_FORM).size());

        Tokens tokens = OidcLogin.finish(CodeCardSteps.login(challenge, CodeCardSteps.bobsCard()));

        assertEquals("bob", tokens.accessClaims().path("preferred_username").asText());
        assertEquals(CodeCardSteps.CLIENT, tokens.accessClaims().path("azp").asText());
    }

    @Test
    void wrongCodesAreRejectedAndNewIndexNumbersAsked(KeycloakServer server, AdminClient admin) {
        CodeCardSteps.TestUser user = CodeCardSteps.newUser(admin, "wrong");
        Map<Integer, String> card = CodeCardSteps.enrol(server, user);

        Page page = CodeCardSteps.password(server, new Browser(), user);
        List<Integer> firstIndexes = CodeCardSteps.askedIndexes(page, LOGIN_FORM);
        boolean newIndexesAsked = false;
        // Each wrong answer retires its challenge. Two random pairs out of 4,950 coincide rarely, three
        // attempts in a row asking the first pair again would mean the challenge is not renewed.
        for (int attempt = 0; attempt < 3; attempt++) {
            page = CodeCardSteps.answerWrongly(page, LOGIN_FORM, card, "kc-login");
            assertFalse(page.isRedirect(), page::describe);
            assertTrue(page.errorText().contains(INVALID), page::describe);
            List<Integer> asked = CodeCardSteps.askedIndexes(page, LOGIN_FORM);
            assertEquals(2, asked.size());
            newIndexesAsked |= !asked.equals(firstIndexes);
        }
        assertTrue(newIndexesAsked, "the same index numbers were asked after every wrong answer");
        admin.clearBruteForce(REALM, user.id());
    }

    @Test
    void rightCodesAfterAWrongAttemptLogIn(KeycloakServer server, AdminClient admin) {
        CodeCardSteps.TestUser user = CodeCardSteps.newUser(admin, "retry");
        Map<Integer, String> card = CodeCardSteps.enrol(server, user);

        Page challenge = CodeCardSteps.password(server, new Browser(), user);
        Page retry = CodeCardSteps.answerWrongly(challenge, LOGIN_FORM, card, "kc-login");
        Tokens tokens = OidcLogin.finish(CodeCardSteps.login(retry, card));

        assertEquals(user.username(), tokens.accessClaims().path("preferred_username").asText());
    }

    @Test
    void repeatedWrongCodesLockTheAccountThroughBruteForceDetection(KeycloakServer server, AdminClient admin) {
        CodeCardSteps.TestUser user = CodeCardSteps.newUser(admin, "locked");
        Map<Integer, String> card = CodeCardSteps.enrol(server, user);
        int failureFactor = admin.get("/" + REALM).path("failureFactor").asInt();
        assertEquals(5, failureFactor);

        Page page = CodeCardSteps.password(server, new Browser(), user);
        // Without the quick-login check only the failure count can lock the user.
        try (QuickLoginCheck off = QuickLoginCheck.off(admin, REALM)) {
            for (int attempt = 1; attempt <= failureFactor; attempt++) {
                page = CodeCardSteps.answerWrongly(page, LOGIN_FORM, card, "kc-login");
                assertTrue(page.errorText().contains(INVALID), page::describe);
                JsonNode status = BruteForce.assertFailures(admin, REALM, user.id(), attempt);
                assertEquals(attempt == failureFactor, status.path("disabled").asBoolean(), status::toString);
            }
        }

        Page refused = CodeCardSteps.login(page, card);
        assertFalse(refused.isRedirect(), "a locked user must not get in with the right codes: " + refused.describe());
        assertTrue(refused.errorText().contains(INVALID), "a lock looks like a wrong code: " + refused.describe());

        admin.clearBruteForce(REALM, user.id());
        Tokens tokens = OidcLogin.finish(CodeCardSteps.login(refused, card));
        assertEquals(user.username(), tokens.accessClaims().path("preferred_username").asText());
    }

}
