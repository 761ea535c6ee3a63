package dev.sls.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.KeycloakExtension;
import dev.sls.testkit.browser.Browser;
import dev.sls.testkit.browser.OidcLogin;
import dev.sls.testkit.browser.Page;
import dev.sls.testkit.browser.Tokens;
import dev.sls.testkit.server.KeycloakServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Checks that the harness itself works: server, admin client, browser and OIDC login. */
@ExtendWith(KeycloakExtension.class)
class HarnessSmokeTest {

    private static final String REALM = "harness-smoke";
    private static final String CLIENT = "smoke-app";
    private static final String REDIRECT = "http://app.invalid/callback";

    @Test
    void masterRealmPublishesDiscoveryDocument(KeycloakServer server) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(server.realmUrl("master") + "/.well-known/openid-configuration"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(200, response.statusCode());
        JsonNode discovery = new ObjectMapper().readTree(response.body());
        assertEquals(server.realmUrl("master"), discovery.path("issuer").asText());
    }

    @Test
    void adminClientListsRealms(AdminClient admin) {
        JsonNode realms = admin.get("");

        assertTrue(realms.isArray(), realms::toString);
        assertTrue(realms.findValuesAsText("realm").contains("master"), realms::toString);
    }

    @Test
    void browserLogsInThroughOidcAfterAFailedAttempt(KeycloakServer server, AdminClient admin) {
        createRealmWithClient(admin);
        String userId = admin.createUser(REALM, "carol", "carol-password-1");

        Browser browser = new Browser().acceptLanguage("fr");
        Page login = OidcLogin.begin(browser, server.realmUrl(REALM), CLIENT, REDIRECT);
        assertEquals("fr", login.lang(), login::describe);

        Page failed = login.form("#kc-form-login")
                .set("username", "carol").set("password", "wrong").submit("kc-login");
        assertFalse(failed.errorText().isEmpty(), failed::describe);
        BruteForce.assertFailures(admin, REALM, userId, 1);

        Page done = failed.form("#kc-form-login")
                .set("username", "carol").set("password", "carol-password-1").submit("kc-login");
        Tokens tokens = OidcLogin.finish(done);

        assertEquals("carol", tokens.accessClaims().path("preferred_username").asText());
        assertEquals(server.realmUrl(REALM), tokens.idClaims().path("iss").asText());
        assertTrue(admin.credentials(REALM, userId).findValuesAsText("type").contains("password"));

        admin.clearBruteForce(REALM, userId);
        assertEquals(0, admin.bruteForceStatus(REALM, userId).path("numFailures").asInt());
        admin.addRequiredAction(REALM, userId, "UPDATE_PASSWORD");
        assertTrue(admin.get("/" + REALM + "/users/" + userId).path("requiredActions").toString()
                .contains("UPDATE_PASSWORD"));
    }

    private static void createRealmWithClient(AdminClient admin) {
        ObjectNode realm = AdminClient.object()
                .put("realm", REALM)
                .put("enabled", true)
                .put("bruteForceProtected", true)
                .put("internationalizationEnabled", true)
                .put("defaultLocale", "en");
        realm.set("supportedLocales", AdminClient.array(List.of("en", "fr")));
        realm.putArray("clients").addObject()
                .put("clientId", CLIENT)
                .put("publicClient", true)
                .put("standardFlowEnabled", true)
                .set("redirectUris", AdminClient.array(List.of(REDIRECT)));
        admin.post("", realm);
    }
}
