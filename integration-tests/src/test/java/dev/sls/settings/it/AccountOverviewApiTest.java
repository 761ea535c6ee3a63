package dev.sls.settings.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sls.chooser.it.ChooserSteps;
import dev.sls.chooser.it.ChooserSteps.TestUser;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.KeycloakExtension;
import dev.sls.testkit.browser.AccountConsole;
import dev.sls.testkit.browser.Browser;
import dev.sls.testkit.browser.OidcLogin;
import dev.sls.testkit.browser.Tokens;
import dev.sls.testkit.server.KeycloakServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code GET /realms/{realm}/sls/account/overview}, the account console's Secure Login System page's data: refused to
 * anyone but the person through the account console's own token, and about that person only.
 */
@ExtendWith(KeycloakExtension.class)
class AccountOverviewApiTest {

    private static final String REALM = AccountSteps.REALM;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void withoutATokenOrWithAForgedOneNothingIsShown(KeycloakServer server) {
        Answer none = overview(server, null);
        assertEquals(401, none.status(), none.body());
        assertEquals("token_required", none.json().path("error").asText(), none.body());
        Answer forged = overview(server, "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.");
        assertEquals(401, forged.status(), forged.body());
        assertEquals("token_required", forged.json().path("error").asText(), forged.body());
    }

    @Test
    void anotherApplicationsTokenOfThePersonIsRefused(KeycloakServer server, AdminClient admin) {
        TestUser person = ConsoleSteps.person(admin, "overview-app");
        Tokens appTokens = OidcLogin.finish(AccountSteps.answerCard(
                ChooserSteps.password(server, new Browser(), person)));
        Answer refused = overview(server, appTokens.accessToken());
        assertEquals(403, refused.status(), refused.body());
        assertEquals("account_console_token_required", refused.json().path("error").asText(), refused.body());
        assertFalse(refused.body().contains(person.id()), refused.body());
    }

    @Test
    void aPersonWithoutTheAccountRolesIsRefusedEvenThroughTheConsole(KeycloakServer server, AdminClient admin) {
        TestUser person = ConsoleSteps.withoutAccountRoles(admin, "overview-norole");
        Answer refused = overview(server, consoleTokens(server, person).accessToken());
        assertEquals(403, refused.status(), refused.body());
        assertEquals("account_role_required", refused.json().path("error").asText(), refused.body());
    }

    @Test
    void theAnswerIsAboutTheTokensPersonOnlyWhateverThePathNames(KeycloakServer server, AdminClient admin) {
        TestUser alice = ConsoleSteps.person(admin, "overview-alice");
        TestUser mallory = ConsoleSteps.person(admin, "overview-mallory");
        String aliceCard = cardId(admin, alice);
        Tokens mallorys = consoleTokens(server, mallory);

        Answer own = overview(server, mallorys.accessToken());
        assertEquals(200, own.status(), own.body());
        assertFalse(own.body().contains(aliceCard), own.body());
        assertTrue(own.body().contains(cardId(admin, mallory)), own.body());
        for (String path : List.of("/overview/" + alice.id(), "/overview?user=" + alice.id(),
                "/users/" + alice.id() + "/overview")) {
            Answer probe = get(server.realmUrl(REALM) + "/sls/account" + path, mallorys.accessToken());
            assertFalse(probe.body().contains(aliceCard), path + ": " + probe.body());
            assertFalse(probe.body().contains(alice.username()), path + ": " + probe.body());
        }
    }

    @Test
    void thePersonSeesTheirDevicesSetUpActionsHistoryAndSettings(KeycloakServer server, AdminClient admin) {
        TestUser person = ConsoleSteps.person(admin, "overview-person");

        Answer answer = overview(server, consoleTokens(server, person).accessToken());
        assertEquals(200, answer.status(), answer.body());
        JsonNode overview = answer.json();
        JsonNode card = device(overview, "sls-code-card");
        assertEquals(cardId(admin, person), card.path("id").asText());
        assertEquals("active", card.path("state").asText());
        assertEquals("Card of " + person.username(), card.path("label").asText());
        assertEquals("sls-code-card-display-name", card.path("nameKey").asText());
        assertTrue(card.path("level").isInt(), card::toString);
        assertTrue(card.path("created").asText().startsWith("2026-"), card::toString);
        assertTrue(card.path("lastUsed").asText().matches("\\d{4}-\\d{2}-\\d{2}T.*Z"), card::toString);

        JsonNode history = overview.path("history");
        assertEquals("retired", history.get(0).path("event").asText(), history::toString);
        JsonNode line = history.get(1);
        assertEquals("activated", line.path("event").asText(), history::toString);
        assertEquals("sls-temporary-access", line.path("type").asText());
        assertEquals("admin", line.path("proof").asText());
        assertFalse(line.has("actor"), line::toString);
        assertFalse(line.has("publicKey"), line::toString);

        assertEquals("sls-settings", overview.path("settingsAction").asText(), answer.body());
        assertEquals("sls-remove-device", overview.path("removeAction").asText(), answer.body());
        List<String> setup = new ArrayList<>();
        overview.path("setup").forEach(option -> setup.add(option.path("action").asText()));
        assertFalse(setup.isEmpty(), answer.body());
        assertEquals("none", overview.path("sections").path("sls-sharing").path("state").asText(), answer.body());
        assertFalse(answer.body().contains("secretData"), answer.body());
    }

    static Tokens consoleTokens(KeycloakServer server, TestUser person) {
        return OidcLogin.finish(AccountSteps.answerCard(AccountSteps.password(
                AccountConsole.begin(new Browser(), server.realmUrl(REALM)), person)));
    }

    private static String cardId(AdminClient admin, TestUser person) {
        for (JsonNode credential : admin.credentials(REALM, person.id())) {
            if ("sls-code-card".equals(credential.path("type").asText())) {
                return credential.path("id").asText();
            }
        }
        throw new AssertionError("no code card for " + person.username());
    }

    private static JsonNode device(JsonNode overview, String type) {
        for (JsonNode device : overview.path("devices")) {
            if (type.equals(device.path("type").asText())) {
                return device;
            }
        }
        throw new AssertionError("no " + type + " in " + overview);
    }

    private static Answer overview(KeycloakServer server, String accessToken) {
        return get(server.realmUrl(REALM) + "/sls/account/overview", accessToken);
    }

    private static Answer get(String url, String accessToken) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json");
        if (accessToken != null) {
            request.header("Authorization", "Bearer " + accessToken);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Answer(int status, String body) {
        JsonNode json() {
            try {
                return new com.fasterxml.jackson.databind.ObjectMapper().readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }
    }
}
