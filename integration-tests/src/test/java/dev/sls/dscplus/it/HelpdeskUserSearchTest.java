package dev.sls.dscplus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sls.chooser.it.ChooserSteps.TestUser;
import dev.sls.chooser.it.ChooserSteps;
import dev.sls.mobile.it.PhoneSteps;
import dev.sls.settings.it.AccountSteps;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.KeycloakExtension;
import dev.sls.testkit.browser.Browser;
import dev.sls.testkit.browser.OidcLogin;
import dev.sls.testkit.browser.Page;
import dev.sls.testkit.browser.Tokens;
import dev.sls.testkit.server.KeycloakServer;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The helpdesk (realm role sls-helpdesk, no view-users) finds a person by username prefix or email through
 * {@code GET /sls/users?search=} and acts on them by username in every area; the search answers only what the
 * helpdesk needs.
 */
@ExtendWith(KeycloakExtension.class)
class HelpdeskUserSearchTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SLS = "/admin/realms/" + DscPlusSteps.REALM + "/sls";

    private record Answer(int status, JsonNode json, String body) { }

    /** helen's access token from a browser login that passed her second factor (Keycloak's OTP, level 2). */
    private static String helpdeskToken(KeycloakServer server) {
        TestUser helen = new TestUser("helen", "helen-demo-password", null, null, "helen-demo-totp-secret");
        Page device = ChooserSteps.password(server, new Browser(), helen);
        Tokens tokens = OidcLogin.finish(ChooserSteps.answerOtp(device, helen));
        assertEquals("sls-level-2", tokens.accessClaims().path("acr").asText());
        return tokens.accessToken();
    }

    private static Answer call(KeycloakServer server, String token, String method, String path, String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode json = response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
        return new Answer(response.statusCode(), json, response.body());
    }

    private static JsonNode search(KeycloakServer server, String token, String query) throws Exception {
        Answer found = call(server, token, "GET", SLS + "/users?" + query, null);
        assertEquals(200, found.status(), found.body());
        return found.json().path("users");
    }

    private static JsonNode only(JsonNode users, String username) {
        List<JsonNode> matches = new ArrayList<>();
        users.forEach(u -> {
            if (u.path("username").asText().equals(username)) {
                matches.add(u);
            }
        });
        assertEquals(1, matches.size(), username + " once in " + users);
        return matches.get(0);
    }

    @Test
    void theHelpdeskFindsAPersonByUsernamePrefixOrEmailAndActsOnThemByUsername(KeycloakServer server,
                                                                               AdminClient admin) throws Exception {
        DscPlusSteps.TestUser person = DscPlusSteps.newUser(admin, "hsearch");
        String token = helpdeskToken(server);
        assertEquals(403, call(server, token, "GET", "/admin/realms/" + DscPlusSteps.REALM + "/users?search=hsearch",
                null).status(), "the helpdesk cannot use Keycloak's own user list");

        JsonNode byPrefix = only(search(server, token, "search=" + person.username().substring(0, 12)),
                person.username());
        assertEquals(person.id(), byPrefix.path("id").asText());
        assertEquals(person.username() + "@example.test", byPrefix.path("email").asText());
        assertEquals("Tester", byPrefix.path("lastName").asText());
        assertTrue(byPrefix.path("enabled").asBoolean());
        assertEquals(0, byPrefix.path("devices").size(), byPrefix::toString);
        List<String> fields = new ArrayList<>();
        byPrefix.fieldNames().forEachRemaining(fields::add);
        fields.remove("phone");
        assertTrue(byPrefix.path("phone").isMissingNode() || byPrefix.path("phone").isNull(), byPrefix::toString);
        assertEquals(List.of("id", "username", "firstName", "lastName", "email", "enabled", "devices",
                "pendingActions", "optOut"), fields, "only what the helpdesk needs: no attributes, no credentials");
        assertFalse(byPrefix.path("optOut").path("optedOut").asBoolean(true), byPrefix::toString);
        assertFalse(byPrefix.path("optOut").path("inEffect").asBoolean(true), byPrefix::toString);
        assertTrue(byPrefix.path("optOut").path("since").isMissingNode()
                || byPrefix.path("optOut").path("since").isNull(), byPrefix::toString);
        only(search(server, token, "search=" + URLEncoder.encode(person.username() + "@example.test",
                StandardCharsets.UTF_8)), person.username());

        Answer issued = call(server, token, "POST", SLS + "/temporary/users/" + person.username(), "{\"kind\":\"code\"}");
        assertEquals(201, issued.status(), issued.body());
        Answer shown = call(server, token, "GET", SLS + "/temporary/users/" + person.username(), null);
        assertEquals(200, shown.status(), shown.body());
        assertEquals("code", shown.json().path("kind").asText());
        assertEquals("helen", shown.json().path("issuedBy").asText());
        assertEquals(200, call(server, token, "GET", SLS + "/withdrawal/users/" + person.username(), null).status());

        var batch = DscPlusSteps.importBatch(admin, 1);
        String cardId = DscPlusSteps.cardId(admin, batch.cards().get(0).serial());
        Answer assigned = call(server, token, "POST", SLS + "/dscplus/cards/" + cardId + "/assign",
                "{\"username\":\"" + person.username() + "\"}");
        assertEquals(200, assigned.status(), assigned.body());
        assertEquals(person.id(), assigned.json().path("userId").asText());

        JsonNode after = only(search(server, token, "search=" + person.username()), person.username());
        Set<String> devices = new TreeSet<>();
        after.path("devices").forEach(d -> devices.add(d.path("type").asText() + "=" + d.path("state").asText()));
        assertEquals(Set.of("sls-dsc-plus=assigned", "sls-temporary-access=active"), devices, after::toString);
        assertTrue(after.path("pendingActions").toString().contains("\"sls-dscplus-activate\""), after::toString);
        assertFalse(after.toString().contains(issued.json().path("code").asText()), "no secret in the search");

        assertEquals(204, call(server, token, "DELETE", SLS + "/temporary/users/" + person.username(), null).status());
        assertEquals(404, call(server, token, "GET", SLS + "/temporary/users/" + person.username(), null).status());
    }

    /** A person with {@code verified} verified (the default) and {@code unverified} not. */
    private static String phonePerson(AdminClient admin, String verified, String unverified) {
        String username = "hphone-" + UUID.randomUUID().toString().substring(0, 8);
        ObjectNode user = AdminClient.object().put("username", username).put("enabled", true)
                .put("email", username + "@example.test").put("firstName", "Pat").put("lastName", "Tester");
        ObjectNode attributes = user.putObject("attributes");
        attributes.set("phoneNumber", AdminClient.array(List.of(verified)));
        attributes.set("phoneNumberVerified", AdminClient.array(List.of("true")));
        attributes.set("slsPhoneNumbers", AdminClient.array(List.of(verified, unverified)));
        attributes.set("slsPhoneNumbersVerified", AdminClient.array(List.of(verified)));
        admin.post("/" + DscPlusSteps.REALM + "/users", user);
        return username;
    }

    @Test
    void theHelpdeskFindsAPersonByTheirVerifiedMobileNumberShownMaskedOnly(KeycloakServer server, AdminClient admin)
            throws Exception {
        String e164 = PhoneSteps.fictionalNumber();
        String unverified = PhoneSteps.fictionalNumber();
        String username = phonePerson(admin, e164, unverified);
        String national = e164.substring(2);
        String token = helpdeskToken(server);

        for (String typed : List.of(e164, "+1 " + national.substring(0, 3) + " " + national.substring(3, 6) + " "
                + national.substring(6), national, "(" + national.substring(0, 3) + ") " + national.substring(3, 6)
                + "-" + national.substring(6), national.substring(6))) {
            JsonNode users = search(server, token, "max=50&search=" + URLEncoder.encode(typed, StandardCharsets.UTF_8));
            JsonNode found = only(users, username);
            assertEquals("+1 ••• ••• " + e164.substring(e164.length() - 2), found.path("phone").asText(), typed);
            assertFalse(users.toString().contains(national), typed + ": the number only masked: " + users);
            assertFalse(found.path("optOut").path("optedOut").asBoolean(true), found::toString);
        }
        JsonNode byName = only(search(server, token, "search=" + username), username);
        assertEquals("+1 ••• ••• " + e164.substring(e164.length() - 2), byName.path("phone").asText(),
                "the verified default, masked");
        JsonNode byUnverified = search(server, token, "max=50&search=" + URLEncoder.encode(unverified,
                StandardCharsets.UTF_8));
        byUnverified.forEach(u -> assertFalse(u.path("username").asText().equals(username),
                "a number not verified finds nobody: " + byUnverified));

        TestUser cora = new TestUser("cora", "cora-demo-password", null, null, "cora-demo-totp-secret");
        String notHelpdesk = OidcLogin.finish(ChooserSteps.answerOtp(ChooserSteps.password(server, new Browser(),
                cora), cora)).accessToken();
        Answer refused = call(server, notHelpdesk, "GET", SLS + "/users?search=" + URLEncoder.encode(e164,
                StandardCharsets.UTF_8), null);
        assertEquals(403, refused.status(), refused.body());
        assertEquals("helpdesk_role_required", refused.json().path("error").asText());
        assertFalse(refused.body().contains(username), refused.body());
    }

    /** Sets the realm's opt-out setting, keeping its other attributes (the ACR to level map among them). */
    private static void allowOptOut(AdminClient admin, String value) {
        ObjectNode attributes = ((ObjectNode) admin.get("/" + DscPlusSteps.REALM).path("attributes")).deepCopy();
        attributes.put("sls.optout.allowed", value);
        ObjectNode realm = AdminClient.object();
        realm.set("attributes", attributes);
        admin.put("/" + DscPlusSteps.REALM, realm);
    }

    @Test
    void theHelpdeskSeesWhetherAPersonOptedOutAndWhetherItIsInEffect(KeycloakServer server, AdminClient admin)
            throws Exception {
        String token = helpdeskToken(server);
        JsonNode previous = admin.get("/" + DscPlusSteps.REALM).path("attributes").get("sls.optout.allowed");
        allowOptOut(admin, "true");
        try {
            TestUser person = AccountSteps.account(admin, "hoptout").primary();
            long before = System.currentTimeMillis() / 1000 - 5;
            Page form = AccountSteps.openWithCard(server, new Browser(), person, "sls-opt-out", Map.of());
            Page updated = form.form(AccountSteps.OPTOUT_FORM).set("sls-optout-choice", "not-required")
                    .set("sls-optout-accept", "true").submit("sls-optout-continue");
            assertTrue(updated.text().contains("Your settings have been updated"), updated::describe);

            JsonNode optedOut = only(search(server, token, "search=" + person.username()), person.username())
                    .path("optOut");
            assertTrue(optedOut.path("optedOut").asBoolean(), optedOut::toString);
            assertTrue(optedOut.path("inEffect").asBoolean(), optedOut::toString);
            assertTrue(optedOut.path("since").asLong() >= before, optedOut::toString);

            allowOptOut(admin, "false");
            JsonNode notOffered = only(search(server, token, "search=" + person.username()), person.username())
                    .path("optOut");
            assertTrue(notOffered.path("optedOut").asBoolean(), notOffered::toString);
            assertFalse(notOffered.path("inEffect").asBoolean(true), "the realm no longer offers it: " + notOffered);
        } finally {
            allowOptOut(admin, previous == null ? "false" : previous.asText());
        }
    }

    @Test
    void theSearchIsBoundedAndBadCallsAreRefused(KeycloakServer server, AdminClient admin) throws Exception {
        DscPlusSteps.newUser(admin, "hbound");
        DscPlusSteps.newUser(admin, "hbound");
        String token = helpdeskToken(server);
        assertEquals(1, search(server, token, "search=hbound-&max=1").size());
        assertTrue(search(server, token, "search=hbound-&max=50").size() >= 2);
        for (String bad : new String[] {"", "search=", "search=x&max=51", "search=x&max=0", "search=x&first=-1",
                "search=" + "x".repeat(101)}) {
            Answer refused = call(server, token, "GET", SLS + "/users?" + bad, null);
            assertEquals(400, refused.status(), bad + ": " + refused.body());
            assertEquals("invalid_request", refused.json().path("error").asText());
        }
        assertEquals(0, search(server, token, "search=no-such-person-" + System.nanoTime()).size());

        Answer nobody = call(server, token, "GET", SLS + "/withdrawal/users/no-such-user-at-all", null);
        assertEquals(404, nobody.status());
        assertEquals("user_not_found", nobody.json().path("error").asText());
        DscPlusSteps.TestUser person = DscPlusSteps.newUser(admin, "hbody");
        Answer unknown = call(server, token, "POST", SLS + "/temporary/users/" + person.username(),
                "{\"kind\":\"code\",\"hours\":3}");
        assertEquals(400, unknown.status(), unknown.body());
        assertEquals("unknown_field", unknown.json().path("error").asText());
        Answer wrongType = call(server, token, "POST", SLS + "/temporary/users/" + person.username(),
                "{\"validForHours\":\"3\"}");
        assertEquals(400, wrongType.status(), wrongType.body());
        assertEquals("invalid_request", wrongType.json().path("error").asText());
        assertEquals(404, call(server, token, "GET", SLS + "/temporary/users/" + person.username(), null).status(),
                "refused calls change nothing");
    }

    @Test
    void theHelpdeskSeesAPersonsRecentSlsEventsWithOnlyTheirSlsDetails(KeycloakServer server, AdminClient admin)
            throws Exception {
        dev.sls.codecard.it.CodeCardSteps.TestUser person = dev.sls.codecard.it.CodeCardSteps.newUser(admin, "hevents");
        dev.sls.codecard.it.CodeCardSteps.enrol(server, person);
        String token = helpdeskToken(server);
        Answer events = call(server, token, "GET", SLS + "/events/users/" + person.username(), null);
        assertEquals(200, events.status(), events.body());
        assertEquals(person.id(), events.json().path("userId").asText());
        assertTrue(events.json().path("eventsSaved").asBoolean());
        assertTrue(events.json().path("events").size() >= 1, events.body());
        boolean issued = false;
        for (JsonNode event : events.json().path("events")) {
            issued |= event.path("type").asText().equals("UPDATE_CREDENTIAL")
                    && event.path("details").path("credential_type").asText().equals("sls-code-card");
            event.path("details").fieldNames().forEachRemaining(name -> assertTrue(name.startsWith("sls_")
                    || name.equals("credential_type") || name.equals("custom_required_action"), name));
        }
        assertTrue(issued, "the card's issuance is listed: " + events.body());
        assertFalse(events.body().contains("redirect_uri") || events.body().contains("code_id"), events.body());
        assertEquals(1, call(server, token, "GET", SLS + "/events/users/" + person.id() + "?max=1", null).json()
                .path("events").size());

        for (String bad : new String[] {"?max=0", "?max=101"}) {
            Answer refused = call(server, token, "GET", SLS + "/events/users/" + person.id() + bad, null);
            assertEquals(400, refused.status(), bad + ": " + refused.body());
            assertEquals("invalid_request", refused.json().path("error").asText());
        }
        Answer nobody = call(server, token, "GET", SLS + "/events/users/no-such-person-here", null);
        assertEquals(404, nobody.status(), nobody.body());
        assertEquals("user_not_found", nobody.json().path("error").asText());

        TestUser cora = new TestUser("cora", "cora-demo-password", null, null, "cora-demo-totp-secret");
        String complianceToken = OidcLogin.finish(ChooserSteps.answerOtp(ChooserSteps.password(server, new Browser(),
                cora), cora)).accessToken();
        Answer notHelpdesk = call(server, complianceToken, "GET", SLS + "/events/users/" + person.id(), null);
        assertEquals(403, notHelpdesk.status(), notHelpdesk.body());
        assertEquals("helpdesk_role_required", notHelpdesk.json().path("error").asText());
        assertTrue(admin.get("/" + DscPlusSteps.REALM + "/admin-events?max=1000").toString()
                .contains("events/users/" + person.username()), "every call is an admin event");
    }
}
