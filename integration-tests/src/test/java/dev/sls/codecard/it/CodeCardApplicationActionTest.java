package dev.sls.codecard.it;

import static dev.sls.codecard.it.CodeCardSteps.CLIENT;
import static dev.sls.codecard.it.CodeCardSteps.PRINTED_FORM;
import static dev.sls.codecard.it.CodeCardSteps.REALM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.KeycloakExtension;
import dev.sls.testkit.browser.Browser;
import dev.sls.testkit.browser.OidcLogin;
import dev.sls.testkit.browser.Page;
import dev.sls.testkit.server.KeycloakServer;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An application (or the account console) asks for a new card with {@code kc_action}; Keycloak events
 * tell which device type was used.
 */
@ExtendWith(KeycloakExtension.class)
class CodeCardApplicationActionTest {

    private static final Map<String, String> NEW_CARD = Map.of("kc_action", "sls-code-card-issue");

    @Test
    void loggedInUserGetsANewCardThroughKcActionOrCancels(KeycloakServer server, AdminClient admin) {
        CodeCardSteps.TestUser user = CodeCardSteps.newUser(admin, "aia");
        Map<Integer, String> oldCard = CodeCardSteps.enrol(server, user);
        String oldId = cardId(admin, user);
        Browser browser = new Browser();
        OidcLogin.finish(CodeCardSteps.login(CodeCardSteps.password(server, browser, user), oldCard));

        Page cancelPage = OidcLogin.begin(browser, server.realmUrl(REALM), CLIENT, CodeCardSteps.REDIRECT, NEW_CARD);
        assertTrue(cancelPage.has("#sls-cancel"), "a person may decline: " + cancelPage.describe());
        Page cancelled = cancelPage.form(PRINTED_FORM).submit("sls-cancel");
        assertTrue(cancelled.redirectLocation().contains("kc_action_status=cancelled"), cancelled::describe);
        assertEquals(oldId, cardId(admin, user), "declining keeps the card");

        Page issue = OidcLogin.begin(browser, server.realmUrl(REALM), CLIENT, CodeCardSteps.REDIRECT, NEW_CARD);
        CodeCardSteps.Issued issued = CodeCardSteps.issueAndActivate(issue);
        assertTrue(issued.next().redirectLocation().contains("kc_action_status=success"), issued.next()::describe);
        OidcLogin.finish(issued.next());
        assertNotEquals(oldId, cardId(admin, user));

        Page login = CodeCardSteps.password(server, new Browser(), user);
        OidcLogin.finish(CodeCardSteps.login(login, issued.card()));
    }

    @Test
    void eventsNameTheDeviceTypeUsed(KeycloakServer server, AdminClient admin) {
        CodeCardSteps.TestUser user = CodeCardSteps.newUser(admin, "events");
        Map<Integer, String> card = CodeCardSteps.enrol(server, user);
        OidcLogin.finish(CodeCardSteps.login(CodeCardSteps.password(server, new Browser(), user), card));

        JsonNode issued = admin.get("/" + REALM + "/events?type=UPDATE_CREDENTIAL&user=" + user.id());
        assertEquals("sls-code-card", issued.path(0).path("details").path("credential_type").asText(), issued::toString);
        JsonNode logins = admin.get("/" + REALM + "/events?type=LOGIN&user=" + user.id());
        assertEquals("sls-code-card", logins.path(0).path("details").path("credential_type").asText(), logins::toString);
        assertEquals(cardId(admin, user), logins.path(0).path("details").path("selected_credential_id").asText());
    }

    private static String cardId(AdminClient admin, CodeCardSteps.TestUser user) {
        for (JsonNode credential : admin.credentials(REALM, user.id())) {
            if ("sls-code-card".equals(credential.path("type").asText())) {
                return credential.path("id").asText();
            }
        }
        return null;
    }
}
