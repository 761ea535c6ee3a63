package dev.sls.dscplus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.KeycloakExtension;
import dev.sls.testkit.server.KeycloakServer;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may use /admin/realms/{realm}/sls: realm admins with manage-users and the realm's sls-helpdesk role; everyone
 * else is refused. Every call is a Keycloak admin event, with no secret in it.
 */
@ExtendWith(KeycloakExtension.class)
class SlsAdminAccessTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String tokenOf(KeycloakServer server, String username, String password) throws Exception {
        String form = "grant_type=password&client_id=admin-cli&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(server.realmUrl(DscPlusSteps.REALM)
                        + "/protocol/openid-connect/token")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body()).path("access_token").asText();
    }

    private static HttpResponse<String> get(KeycloakServer server, String token, String path) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/admin/realms" + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theHelpdeskRoleOrManageUsersIsNeeded(KeycloakServer server, AdminClient admin) throws Exception {
        assertEquals(200, get(server, tokenOf(server, "helen", "helen-demo-password"), DscPlusSteps.AREA + "/cards").statusCode());
        DscPlusSteps.TestUser plain = DscPlusSteps.newUser(admin, "no-helpdesk");
        String token = tokenOf(server, plain.username(), plain.password());
        assertEquals(403, get(server, token, DscPlusSteps.AREA + "/cards").statusCode());
        assertEquals(403, get(server, token, "/" + DscPlusSteps.REALM + "/sls/temporary/users/" + plain.id()).statusCode());
        assertEquals(401, get(server, null, DscPlusSteps.AREA + "/cards").statusCode());
        assertEquals(404, admin.send("GET", "/" + DscPlusSteps.REALM + "/sls/nothing-here", null).status());
    }

    @Test
    void listingIsPagedAndBadQueriesAreRefused(AdminClient admin) {
        var batch = DscPlusSteps.importBatch(admin, 3);
        String prefix = batch.cards().get(0).serial().substring(0, 9);
        JsonNode page = admin.get(DscPlusSteps.AREA + "/cards?serial=" + prefix + "&state=stock&first=1&max=1");
        assertEquals(3, page.path("total").asInt(), page::toString);
        assertEquals(1, page.path("cards").size());
        assertEquals(batch.cards().get(1).serial(), page.path("cards").get(0).path("serial").asText());
        assertFalse(page.toString().toLowerCase().contains("seed"), "no seed in any answer: " + page);
        assertEquals(400, admin.send("GET", DscPlusSteps.AREA + "/cards?state=lost", null).status());
        assertEquals(400, admin.send("GET", DscPlusSteps.AREA + "/cards?max=1000", null).status());
        assertEquals(404, admin.send("GET", DscPlusSteps.AREA + "/cards/no-such-card", null).status());
        String cardId = DscPlusSteps.cardId(admin, batch.cards().get(0).serial());
        assertEquals(404, admin.send("POST", DscPlusSteps.AREA + "/cards/" + cardId + "/assign",
                AdminClient.object().put("username", "nobody-at-all")).status());
        assertEquals(200, admin.send("POST", DscPlusSteps.AREA + "/cards/" + cardId + "/return",
                AdminClient.object().put("reason", "defective")).status());
        AdminClient.Response again = admin.send("POST", DscPlusSteps.AREA + "/cards/" + cardId + "/assign",
                AdminClient.object().put("username", "carol"));
        assertEquals(409, again.status(), again.body());
        assertEquals("card_state", again.json().path("error").asText());
    }

    @Test
    void everyCallIsAnAdminEventWithoutSecrets(AdminClient admin) {
        var batch = DscPlusSteps.importBatch(admin, 1);
        admin.send("GET", DscPlusSteps.AREA + "/cards?state=lost", null);
        JsonNode events = admin.get("/" + DscPlusSteps.REALM + "/admin-events?max=200");
        boolean imported = false;
        boolean refused = false;
        for (JsonNode event : events) {
            if (!"SLS_DSC_PLUS_CARD".equals(event.path("resourceType").asText())) {
                continue;
            }
            imported |= event.path("resourcePath").asText().equals("dscplus/imports") && !event.has("error");
            refused |= event.path("resourcePath").asText().equals("dscplus/cards")
                    && "invalid_request".equals(event.path("error").asText());
        }
        assertTrue(imported, "the import is an admin event: " + events);
        assertTrue(refused, "a refused call is one too: " + events);
        String secret = java.util.Base64.getEncoder().encodeToString(batch.cards().get(0).secret());
        assertFalse(events.toString().contains(secret));
    }
}
