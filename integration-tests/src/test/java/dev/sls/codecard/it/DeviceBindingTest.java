package dev.sls.codecard.it;

import static dev.sls.codecard.it.CodeCardSteps.CLIENT;
import static dev.sls.codecard.it.CodeCardSteps.REALM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.KeycloakExtension;
import dev.sls.testkit.browser.Browser;
import dev.sls.testkit.browser.OidcLogin;
import dev.sls.testkit.browser.Page;
import dev.sls.testkit.server.KeycloakServer;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 16 §1: the password alone neither removes a person's device nor binds a new one to an account that has or had
 * one; the pack's own removal needs a device-proven login and keeps the person at the realm's required level.
 */
@ExtendWith(KeycloakExtension.class)
class DeviceBindingTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REFUSAL = "Client Services";

    @Test
    void aPasswordGrantTokenCannotDeleteTheOnlyDevice(KeycloakServer server, AdminClient admin) throws Exception {
        CodeCardSteps.TestUser user = CodeCardSteps.newUser(admin, "grant");
        CodeCardSteps.enrol(server, user);
        String cardId = cardId(admin, user);
        String clientId = "direct-grant-" + UUID.randomUUID().toString().substring(0, 8);
        // The demo's own direct-grant flow refuses a device holder outright (DirectGrantDeviceGuardTest); this client
        // plays a realm that lets a password grant through, so the Account REST API itself must hold.
        String flowId = passwordOnlyDirectGrantFlow(admin, clientId + " flow");
        ObjectNode client = JSON.createObjectNode().put("clientId", clientId).put("publicClient", true)
                .put("directAccessGrantsEnabled", true).put("standardFlowEnabled", false);
        client.putObject("authenticationFlowBindingOverrides").put("direct_grant", flowId);
        String clientUuid = admin.post("/" + REALM + "/clients", client).asText();
        try {
            String token = passwordGrant(server, clientId, user);
            HttpResponse<String> deleted = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(server.realmUrl(REALM) + "/account/credentials/" + cardId))
                    // without it Keycloak answers with the account console's page (405), never reaching the API
                    .header("Accept", "application/json")
                    .header("Authorization", "Bearer " + token).DELETE().build(),
                    HttpResponse.BodyHandlers.ofString());
            // Keycloak's own refusal of a type that is not removeable, before anything is looked at (docs/admin/device-binding.md)
            assertEquals(400, deleted.statusCode(), deleted.body());
            assertTrue(deleted.body().contains("Credential type cannot be removed"), deleted.body());
            assertEquals(cardId, cardId(admin, user), "the card is still there");
        } finally {
            admin.delete("/" + REALM + "/clients/" + clientUuid);
            admin.delete("/" + REALM + "/authentication/flows/" + flowId);
        }
    }

    @Test
    void keycloaksDeleteCredentialActionRefusesAnSlsDevice(KeycloakServer server, AdminClient admin) {
        CodeCardSteps.TestUser user = CodeCardSteps.newUser(admin, "delcred");
        Map<Integer, String> card = CodeCardSteps.enrol(server, user);
        String cardId = cardId(admin, user);
        Page page = OidcLogin.begin(new Browser(), server.realmUrl(REALM), CLIENT, CodeCardSteps.REDIRECT,
                Map.of("kc_action", "delete_credential:" + cardId));
        page = page.form("#kc-form-login").set("username", user.username()).set("password", user.password())
                .submit("kc-login");
        page = CodeCardSteps.login(page, card);
        assertTrue(page.has("form[action*=required-action]"), "Keycloak's confirmation: " + page.describe());
        page = page.form("form[action*=required-action]").submit("accept");
        assertFalse(page.isRedirect(), "refused, not back to the application: " + page.describe());
        assertEquals(cardId, cardId(admin, user), "the card is still there");
    }

    @Test
    void anAccountThatHadADeviceEnrolsOnlyAfterARecordedReset(KeycloakServer server, AdminClient admin) {
        CodeCardSteps.TestUser user = CodeCardSteps.newUser(admin, "hadcard");
        CodeCardSteps.enrol(server, user);
        admin.delete("/" + REALM + "/users/" + user.id() + "/credentials/" + cardId(admin, user));

        Page refused = CodeCardSteps.password(server, new Browser(), user);
        assertFalse(refused.has(CodeCardSteps.PRINTED_FORM), "no new card for the password alone: " + refused.describe());
        assertTrue(refused.text().contains(REFUSAL), refused::describe);
        assertEquals(0, slsDevices(admin, user));

        AdminClient.Response reset = admin.send("POST",
                "/" + REALM + "/sls/enrolment/users/" + user.id() + "/reset", "{}");
        assertEquals(200, reset.status(), reset.body());
        JsonNode events = admin.get("/" + REALM + "/admin-events?max=200");
        assertTrue(events.toString().contains(user.id()), events::toString);

        CodeCardSteps.enrol(server, user);
        assertEquals(1, slsDevices(admin, user), "one first enrolment after the reset");

        admin.delete("/" + REALM + "/users/" + user.id() + "/credentials/" + cardId(admin, user));
        Page again = CodeCardSteps.password(server, new Browser(), user);
        assertFalse(again.has(CodeCardSteps.PRINTED_FORM), "the reset was used up: " + again.describe());
    }

    @Test
    void aResetIsRefusedWhileThePersonHoldsADevice(KeycloakServer server, AdminClient admin) {
        CodeCardSteps.TestUser user = CodeCardSteps.newUser(admin, "holds");
        CodeCardSteps.enrol(server, user);
        AdminClient.Response reset = admin.send("POST",
                "/" + REALM + "/sls/enrolment/users/" + user.id() + "/reset", "{}");
        assertEquals(409, reset.status(), reset.body());
    }

    @Test
    void addingAnIbKeyNeedsARecentDeviceProvenLogin(KeycloakServer server, AdminClient admin) throws Exception {
        CodeCardSteps.TestUser user = CodeCardSteps.newUser(admin, "addkey");
        Map<Integer, String> card = CodeCardSteps.enrol(server, user);
        Browser browser = new Browser();
        OidcLogin.finish(CodeCardSteps.login(CodeCardSteps.password(server, browser, user), card));
        Page activation = OidcLogin.begin(browser, server.realmUrl(REALM), CLIENT, CodeCardSteps.REDIRECT,
                Map.of("kc_action", "sls-ibkey-activate"));
        assertTrue(activation.has("#sls-activation-code"), "the card proved in this session: " + activation.describe());

        setMaxAge(admin, "0");
        try {
            Thread.sleep(2_100);
            Page stale = OidcLogin.begin(browser, server.realmUrl(REALM), CLIENT, CodeCardSteps.REDIRECT,
                    Map.of("kc_action", "sls-ibkey-activate"));
            assertTrue(stale.text().contains(REFUSAL), "an old proof does not bind: " + stale.describe());
            assertFalse(stale.has("#sls-activation-code"), stale::describe);
        } finally {
            setMaxAge(admin, "300");
        }
    }

    @Test
    void removingTheOnlyDeviceThroughThePacksDoorIsRefused(KeycloakServer server, AdminClient admin) {
        CodeCardSteps.TestUser user = CodeCardSteps.newUser(admin, "rmlast");
        Map<Integer, String> card = CodeCardSteps.enrol(server, user);
        String cardId = cardId(admin, user);
        Page page = OidcLogin.begin(new Browser(), server.realmUrl(REALM), CLIENT, CodeCardSteps.REDIRECT,
                Map.of("kc_action", "sls-remove-device:" + cardId));
        page = page.form("#kc-form-login").set("username", user.username()).set("password", user.password())
                .submit("kc-login");
        Page refused = CodeCardSteps.login(page, card);
        assertTrue(refused.text().contains("required security level"), refused::describe);
        assertEquals(cardId, cardId(admin, user));
    }

    @Test
    void everyBindingIsToldToThePersonByEmail(KeycloakServer server, AdminClient admin) throws Exception {
        GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        try {
            ObjectNode realm = JSON.createObjectNode();
            realm.putObject("smtpServer").put("host", "127.0.0.1")
                    .put("port", String.valueOf(mail.getSmtp().getPort())).put("from", "secure-login@example.test");
            admin.put("/" + REALM, realm);
            CodeCardSteps.TestUser user = CodeCardSteps.newUser(admin, "notice");
            CodeCardSteps.enrol(server, user);

            assertTrue(mail.waitForIncomingEmail(15_000, 1), "a notice was sent");
            MimeMessage notice = mail.getReceivedMessages()[0];
            assertEquals(user.username() + "@example.test", notice.getAllRecipients()[0].toString());
            assertEquals("A Secure Login device was added to your account", notice.getSubject());
            String body = GreenMailUtil.getBody(notice);
            assertTrue(body.contains("Security Code Card") && body.contains("Client Services"), body);
        } finally {
            ObjectNode realm = JSON.createObjectNode();
            realm.putObject("smtpServer");
            admin.put("/" + REALM, realm);
            mail.stop();
        }
    }

    /** Keycloak replaces all attributes of a realm on update: the whole representation goes back. */
    private static void setMaxAge(AdminClient admin, String seconds) {
        ObjectNode realm = (ObjectNode) admin.get("/" + REALM);
        ((ObjectNode) realm.get("attributes")).put("sls.device-proof.max-age", seconds);
        admin.put("/" + REALM, realm);
    }

    /**
     * A direct-grant flow that checks only the password, as a realm without the pack's guard would have: a copy of
     * the demo's flow without {@code sls-direct-grant-device-guard}. Returns the copy's id.
     */
    private static String passwordOnlyDirectGrantFlow(AdminClient admin, String alias) {
        ObjectNode copy = JSON.createObjectNode().put("newName", alias);
        admin.post("/" + REALM + "/authentication/flows/sls%20direct%20grant/copy", copy);
        String encoded = URLEncoder.encode(alias, StandardCharsets.UTF_8).replace("+", "%20");
        for (JsonNode execution : admin.get("/" + REALM + "/authentication/flows/" + encoded + "/executions")) {
            if ("sls-direct-grant-device-guard".equals(execution.path("providerId").asText())) {
                admin.delete("/" + REALM + "/authentication/executions/" + execution.path("id").asText());
            }
        }
        for (JsonNode flow : admin.get("/" + REALM + "/authentication/flows")) {
            if (alias.equals(flow.path("alias").asText())) {
                return flow.path("id").asText();
            }
        }
        throw new AssertionError("no flow " + alias);
    }

    private static String passwordGrant(KeycloakServer server, String clientId, CodeCardSteps.TestUser user)
            throws Exception {
        String form = "grant_type=password&client_id=" + clientId + "&username="
                + URLEncoder.encode(user.username(), StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(user.password(), StandardCharsets.UTF_8);
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(server.realmUrl(REALM) + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body()).path("access_token").asText();
    }

    private static String cardId(AdminClient admin, CodeCardSteps.TestUser user) {
        return StreamSupport.stream(admin.credentials(REALM, user.id()).spliterator(), false)
                .filter(c -> "sls-code-card".equals(c.path("type").asText()))
                .map(c -> c.path("id").asText()).findFirst().orElse("");
    }

    private static long slsDevices(AdminClient admin, CodeCardSteps.TestUser user) {
        return StreamSupport.stream(admin.credentials(REALM, user.id()).spliterator(), false)
                .filter(c -> c.path("type").asText().startsWith("sls-")).count();
    }
}
