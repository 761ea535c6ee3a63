package dev.sls.codecard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.KeycloakExtension;
import dev.sls.testkit.browser.AccountConsole;
import dev.sls.testkit.browser.Browser;
import dev.sls.testkit.browser.OidcLogin;
import dev.sls.testkit.browser.Page;
import dev.sls.testkit.browser.Tokens;
import dev.sls.testkit.server.KeycloakServer;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Where Keycloak users look for their card: the account console, and the names admins see. */
@ExtendWith(KeycloakExtension.class)
class CodeCardConsoleTest {

    @Test
    void bobSeesHisCardInTheAccountConsole(KeycloakServer server) {
        String realmUrl = server.realmUrl(CodeCardSteps.REALM);
        Page login = AccountConsole.begin(new Browser(), realmUrl);
        Page card = login.form("#kc-form-login").set("username", "bob").set("password", "bob-demo-password")
                .submit("kc-login");
        Tokens tokens = OidcLogin.finish(CodeCardSteps.login(card, CodeCardSteps.bobsCard()));

        // The imported demo user holds the realm's default roles, so the console's API answers him.
        AccountConsole.Answer answer = AccountConsole.credentials(realmUrl, tokens);
        assertEquals(200, answer.status(), answer.body());
        JsonNode codeCard = answer.type("sls-code-card");
        assertEquals("sls-code-card-display-name", codeCard.path("displayName").asText(), answer.body());
        assertEquals("sls-code-card-help-text", codeCard.path("helptext").asText());
        assertEquals("two-factor", codeCard.path("category").asText());
        assertEquals("sls-code-card-issue", codeCard.path("createAction").asText(), "replace/set up from the console");
        JsonNode cards = codeCard.path("userCredentialMetadatas");
        assertEquals(1, cards.size(), answer.body());
        JsonNode stored = cards.get(0).path("credential");
        assertTrue(stored.path("userLabel").asText().startsWith("Demo card"), stored.toString());
        assertTrue(stored.path("createdDate").asLong() > 0);
        assertFalse(answer.body().contains("cellHashes"), "no secret reaches the console");
        assertFalse(answer.body().contains("salt"), "no secret reaches the console");
    }

    @Test
    void theConsoleHasTheCardsNameInEveryLanguage(KeycloakServer server) {
        for (String locale : new String[] {"en", "ja", "fr"}) {
            Map<String, String> messages = AccountConsole.messages(server.baseUrl(), CodeCardSteps.REALM, locale);
            assertFalse(messages.getOrDefault("sls-code-card-display-name", "").isBlank(), locale);
            assertFalse(messages.getOrDefault("sls-code-card-help-text", "").isBlank(), locale);
            assertFalse(messages.getOrDefault("sls-code-card", "").isBlank(), locale + ": fallback label of a card");
            assertFalse(messages.getOrDefault("sls-ib-key-display-name", "").isBlank(), locale);
        }
    }

    @Test
    void adminsSeeReadableNames(AdminClient admin) {
        JsonNode actions = admin.get("/" + CodeCardSteps.REALM + "/authentication/required-actions");
        assertEquals("SLS: Issue Security Code Card", named(actions, "alias", "sls-code-card-issue").path("name").asText());
        assertEquals("SLS: Activate IB Key", named(actions, "alias", "sls-ibkey-activate").path("name").asText());
        JsonNode registrable = admin.get("/" + CodeCardSteps.REALM + "/authentication/authenticator-providers");
        assertEquals("SLS Security Code Card",
                named(registrable, "id", "sls-code-card-authenticator").path("displayName").asText());
    }

    private static JsonNode named(JsonNode list, String field, String value) {
        for (JsonNode item : list) {
            if (value.equals(item.path(field).asText())) {
                return item;
            }
        }
        throw new AssertionError("no " + field + "=" + value + " in " + list);
    }
}
