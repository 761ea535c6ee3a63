package dev.sls.dscplus.it;

import static dev.sls.chooser.it.ChooserSteps.Given.CODE_CARD;
import static dev.sls.chooser.it.ChooserSteps.Given.OTP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sls.chooser.it.ChooserSteps;
import dev.sls.chooser.it.ChooserSteps.TestUser;
import dev.sls.it.RelyingParty;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.KeycloakExtension;
import dev.sls.testkit.browser.Browser;
import dev.sls.testkit.browser.OidcLogin;
import dev.sls.testkit.browser.Page;
import dev.sls.testkit.browser.Tokens;
import dev.sls.testkit.server.KeycloakServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may use /admin/realms/{realm}/sls, and with what proof: realm admins with manage-users and the realm's
 * sls-helpdesk role, from a login that passed a second factor of level 2 or more, or a service account granted one of
 * those roles; never a token that proved only a password, never on the caller's own account, on admins and helpdesk
 * users only with manage-users. Every call is a Keycloak admin event, with no secret in it.
 */
@ExtendWith(KeycloakExtension.class)
class SlsAdminAccessTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REALM = DscPlusSteps.REALM;
    private static final String TEMPORARY = "/" + REALM + "/sls/temporary/users/";

    /** A person of the demo realm with the devices given, holding the helpdesk role if asked. */
    private static TestUser person(AdminClient admin, String prefix, Set<ChooserSteps.Given> devices, boolean helpdesk) {
        TestUser user = ChooserSteps.person(admin, prefix, devices);
        if (helpdesk) {
            admin.post("/" + REALM + "/users/" + user.id() + "/role-mappings/realm",
                    List.of(admin.get("/" + REALM + "/roles/sls-helpdesk")));
        }
        return user;
    }

    /** The access token of a browser login through the demo application with the person's only device. */
    private static Tokens browserLogin(KeycloakServer server, TestUser user) {
        Page device = ChooserSteps.password(server, new Browser(), user);
        Page done = user.otpSecret() != null ? ChooserSteps.answerOtp(device, user) : ChooserSteps.answerCodeCard(device);
        Tokens tokens = OidcLogin.finish(done);
        RelyingParty.validate(server.realmUrl(REALM), ChooserSteps.CLIENT, tokens);
        return tokens;
    }

    private static HttpResponse<String> token(String tokenUrl, String form) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(tokenUrl))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String accessToken(HttpResponse<String> response) throws IOException {
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body()).path("access_token").asText();
    }

    private static HttpResponse<String> call(KeycloakServer server, String token, String method, String path, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/admin/realms" + path))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertRefused(HttpResponse<String> response, String code) throws IOException {
        assertEquals(403, response.statusCode(), response.body());
        assertEquals(code, JSON.readTree(response.body()).path("error").asText(), response.body());
    }

    private static boolean holdsTemporaryAccess(AdminClient admin, TestUser user) {
        for (JsonNode credential : admin.credentials(REALM, user.id())) {
            if ("sls-temporary-access".equals(credential.path("type").asText())) {
                return true;
            }
        }
        return false;
    }

    @Test
    void theHelpdeskRoleOrManageUsersIsNeeded(KeycloakServer server, AdminClient admin) throws Exception {
        TestUser plain = person(admin, "no-helpdesk", Set.of(OTP), false);
        String token = browserLogin(server, plain).accessToken();
        assertRefused(call(server, token, "GET", DscPlusSteps.AREA + "/cards", null), "helpdesk_role_required");
        assertRefused(call(server, token, "GET", TEMPORARY + plain.id(), null), "helpdesk_role_required");
        assertEquals(401, call(server, null, "GET", DscPlusSteps.AREA + "/cards", null).statusCode());
        assertEquals(404, admin.send("GET", "/" + REALM + "/sls/nothing-here", null).status());
    }

    @Test
    void aTokenThatProvedOnlyAPasswordIsRefusedAndChangesNothing(KeycloakServer server, AdminClient admin)
            throws Exception {
        TestUser someone = person(admin, "helped", Set.of(CODE_CARD), false);
        // The master realm's bootstrap admin by password grant: no acr (or 1), whatever roles it holds.
        String master = accessToken(token(server.realmUrl("master") + "/protocol/openid-connect/token",
                "grant_type=password&client_id=admin-cli&username=admin&password=admin"));
        String masterAcr = Tokens.decodePayload(master).path("acr").asText();
        assertTrue(Set.of("", "0", "1").contains(masterAcr), masterAcr);
        assertRefused(call(server, master, "GET", DscPlusSteps.AREA + "/cards", null), "second_factor_required");
        assertRefused(call(server, master, "POST", TEMPORARY + someone.id(), "{\"kind\":\"code\"}"),
                "second_factor_required");
        assertFalse(holdsTemporaryAccess(admin, someone), "a refused call changes nothing");
        // Keycloak's own admin API still takes that token: only the SLS admin API asks more.
        assertEquals(200, call(server, master, "GET", "/" + REALM + "/users/" + someone.id(), null).statusCode());

        // A helpdesk person whose only device is a code card: level 1, as a password alone would be.
        TestUser lowHelpdesk = person(admin, "helpdesk-card", Set.of(CODE_CARD), true);
        Tokens low = browserLogin(server, lowHelpdesk);
        assertEquals("sls-level-1", low.accessClaims().path("acr").asText());
        assertRefused(call(server, low.accessToken(), "POST", TEMPORARY + someone.id(), "{\"kind\":\"code\"}"),
                "second_factor_required");
        assertFalse(holdsTemporaryAccess(admin, someone), "a refused call changes nothing");
    }

    @Test
    void aHelpdeskLoginThatPassedASecondFactorIsLetIn(KeycloakServer server, AdminClient admin) throws Exception {
        TestUser someone = person(admin, "helped", Set.of(CODE_CARD), false);
        TestUser helpdesk = person(admin, "helpdesk-otp", Set.of(OTP), true);
        Tokens tokens = browserLogin(server, helpdesk);
        assertEquals("sls-level-2", tokens.accessClaims().path("acr").asText());
        assertEquals(200, call(server, tokens.accessToken(), "GET", DscPlusSteps.AREA + "/cards", null).statusCode());
        HttpResponse<String> issued = call(server, tokens.accessToken(), "POST", TEMPORARY + someone.id(),
                "{\"kind\":\"code\"}");
        assertEquals(201, issued.statusCode(), issued.body());
        assertTrue(holdsTemporaryAccess(admin, someone));

        // The realm asks more: level 3. Not a level from 2 to 4: the highest counts.
        try {
            for (String minimum : List.of("3", "one")) {
                minimumLevel(admin, minimum);
                assertRefused(call(server, tokens.accessToken(), "GET", DscPlusSteps.AREA + "/cards", null),
                        "second_factor_required");
            }
        } finally {
            minimumLevel(admin, null);
        }
        assertEquals(200, call(server, tokens.accessToken(), "GET", DscPlusSteps.AREA + "/cards", null).statusCode());
    }

    /** Sets (or with null removes) the realm attribute; the whole representation goes back, as Keycloak replaces them all. */
    private static void minimumLevel(AdminClient admin, String level) {
        ObjectNode realm = (ObjectNode) admin.get("/" + REALM);
        ObjectNode attributes = (ObjectNode) realm.get("attributes");
        if (level == null) {
            attributes.remove("sls.admin.minimumLevel");
        } else {
            attributes.put("sls.admin.minimumLevel", level);
        }
        admin.put("/" + REALM, realm);
    }

    @Test
    void theDemoHelpdeskUserLogsInWithHerAuthenticatorApp(KeycloakServer server, AdminClient admin) throws Exception {
        TestUser helen = new TestUser("helen", "helen-demo-password", admin.userId(REALM, "helen"), null,
                "helen-demo-totp-secret");
        Tokens tokens = browserLogin(server, helen);
        assertEquals("sls-level-2", tokens.accessClaims().path("acr").asText());
        assertEquals(200, call(server, tokens.accessToken(), "GET", DscPlusSteps.AREA + "/cards", null).statusCode());
    }

    @Test
    void aPasswordGrantOnTheDemoRealmsAdminCliIsRefused(KeycloakServer server) throws Exception {
        HttpResponse<String> response = token(server.realmUrl(REALM) + "/protocol/openid-connect/token",
                "grant_type=password&client_id=admin-cli&username=helen&password=helen-demo-password");
        assertEquals(400, response.statusCode(), response.body());
        assertEquals("unauthorized_client", JSON.readTree(response.body()).path("error").asText(), response.body());
    }

    @Test
    void aServiceAccountNeedsTheRoleGrantedExplicitly(KeycloakServer server, AdminClient admin) throws Exception {
        String clientId = "helpdesk-robot-" + Long.toHexString(System.nanoTime());
        String client = admin.post("/" + REALM + "/clients", AdminClient.object().put("clientId", clientId)
                .put("publicClient", false).put("serviceAccountsEnabled", true).put("standardFlowEnabled", false)
                .put("directAccessGrantsEnabled", false)).asText();
        try {
            String secret = admin.get("/" + REALM + "/clients/" + client + "/client-secret").path("value").asText();
            String form = "grant_type=client_credentials&client_id=" + clientId + "&client_secret=" + secret;
            String tokenUrl = server.realmUrl(REALM) + "/protocol/openid-connect/token";
            assertRefused(call(server, accessToken(token(tokenUrl, form)), "GET", DscPlusSteps.AREA + "/cards", null),
                    "helpdesk_role_required");

            String account = admin.get("/" + REALM + "/clients/" + client + "/service-account-user").path("id").asText();
            admin.post("/" + REALM + "/users/" + account + "/role-mappings/realm",
                    List.of(admin.get("/" + REALM + "/roles/sls-helpdesk")));
            HttpResponse<String> allowed = call(server, accessToken(token(tokenUrl, form)), "GET",
                    DscPlusSteps.AREA + "/cards", null);
            assertEquals(200, allowed.statusCode(), allowed.body());
        } finally {
            admin.delete("/" + REALM + "/clients/" + client);
        }
    }

    @Test
    void theHelpdeskNeverActsOnItsOwnAccountAndOnAdminsOrHelpdeskOnlyWithManageUsers(KeycloakServer server,
                                                                                     AdminClient admin)
            throws Exception {
        TestUser helpdesk = person(admin, "helpdesk-self", Set.of(OTP), true);
        String token = browserLogin(server, helpdesk).accessToken();
        assertRefused(call(server, token, "POST", TEMPORARY + helpdesk.id(), "{\"kind\":\"code\"}"), "own_account");
        assertFalse(holdsTemporaryAccess(admin, helpdesk), "she issued herself nothing");

        TestUser colleague = person(admin, "helpdesk-colleague", Set.of(CODE_CARD), true);
        TestUser realmAdmin = person(admin, "realm-admin", Set.of(CODE_CARD), false);
        String management = admin.get("/" + REALM + "/clients?clientId=realm-management").get(0).path("id").asText();
        admin.post("/" + REALM + "/users/" + realmAdmin.id() + "/role-mappings/clients/" + management,
                List.of(admin.get("/" + REALM + "/clients/" + management + "/roles/view-users")));
        for (TestUser privileged : List.of(colleague, realmAdmin)) {
            assertRefused(call(server, token, "POST", TEMPORARY + privileged.id(), "{\"kind\":\"code\"}"),
                    "manage_users_required");
            assertRefused(call(server, token, "GET", "/" + REALM + "/sls/withdrawal/users/" + privileged.id(), null),
                    "manage_users_required");
            assertFalse(holdsTemporaryAccess(admin, privileged));
            // The harness's service account holds manage-users: it may.
            assertEquals(201, admin.send("POST", TEMPORARY + privileged.id(), AdminClient.object().put("kind", "code"))
                    .status());
        }
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
        JsonNode events = admin.get("/" + REALM + "/admin-events?max=200");
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
