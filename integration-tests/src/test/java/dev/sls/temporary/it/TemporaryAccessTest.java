package dev.sls.temporary.it;

import dev.sls.it.BruteForce;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sls.dscplus.protocol.DscPlusSuites;
import dev.sls.dscplus.protocol.pskc.PskcWriter;
import dev.sls.dscplus.simulator.CardVendor;
import dev.sls.dscplus.simulator.DscPlusCard;
import dev.sls.temporary.protocol.TemporarySecretHasher;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.KeycloakExtension;
import dev.sls.testkit.browser.Browser;
import dev.sls.testkit.browser.Form;
import dev.sls.testkit.browser.OidcLogin;
import dev.sls.testkit.browser.Page;
import dev.sls.testkit.browser.Tokens;
import dev.sls.testkit.demo.DscPlusDemo;
import dev.sls.testkit.server.KeycloakServer;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The helpdesk's temporary access: a temporary code or an online security code card, until it expires or is replaced. */
@ExtendWith(KeycloakExtension.class)
class TemporaryAccessTest {

    static final String REALM = DscPlusDemo.REALM;
    static final String AREA = "/" + REALM + "/sls/temporary/users/";
    static final String FORM = "#sls-temporary-form";

    record TestUser(String username, String password, String id) { }

    static TestUser newUser(AdminClient admin, String prefix) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        return new TestUser(username, "pw-" + username, admin.createUser(REALM, username, "pw-" + username));
    }

    static JsonNode issue(AdminClient admin, TestUser user, String kind) {
        AdminClient.Response issued = admin.send("POST", AREA + user.id(), AdminClient.object().put("kind", kind));
        assertEquals(201, issued.status(), issued.body());
        return issued.json();
    }

    static Page password(KeycloakServer server, TestUser user) {
        return OidcLogin.begin(new Browser(), server.realmUrl(REALM), DscPlusDemo.CLIENT, DscPlusDemo.REDIRECT)
                .form("#kc-form-login").set("username", user.username()).set("password", user.password()).submit("kc-login");
    }

    private static boolean holds(AdminClient admin, TestUser user, String type) {
        return StreamSupport.stream(admin.credentials(REALM, user.id()).spliterator(), false)
                .anyMatch(c -> c.path("type").asText().equals(type));
    }

    @Test
    void aTemporaryCodeIsShownOnceAndLogsInSayingHowLongItLasts(KeycloakServer server, AdminClient admin) {
        TestUser user = newUser(admin, "temp-code");
        JsonNode issued = issue(admin, user, "code");
        String code = issued.path("code").asText();
        assertTrue(code.matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}"), code);
        assertEquals(48, issued.path("validForHours").asInt(), "two days by default");

        JsonNode shown = admin.get(AREA + user.id());
        assertEquals("code", shown.path("kind").asText());
        assertFalse(shown.toString().contains(code.replace("-", "")), "never retrievable again");
        assertFalse(admin.get("/" + REALM + "/users/" + user.id() + "/credentials").toString()
                .contains(code.replace("-", "")));

        Page page = password(server, user);
        assertTrue(page.has(FORM), page::describe);
        String validity = page.document().select("#sls-temporary-validity").text();
        assertTrue(validity.contains("valid until") && validity.contains("48 hours"), validity);
        java.time.ZonedDateTime expiry = java.time.Instant.parse(issued.path("expiresAt").asText())
                .atZone(java.time.ZoneOffset.UTC);
        String date = java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
                .withLocale(java.util.Locale.ENGLISH).format(expiry);
        assertTrue(validity.contains(date + " ") && validity.contains(" UTC"), "the expiry as English writes it: "
                + validity + " (" + date + ")");
        assertFalse(validity.matches(".*\\d{4}-\\d{2}-\\d{2}.*"), "no raw ISO date: " + validity);
        assertTrue(page.document().select("#sls-temporary-account").attr("href").endsWith("/account/account-security/signing-in"));

        Page wrong = page.form(FORM).set("sls-temporary-code", "AAAA-BBBB-CCCC").submit("kc-login");
        assertTrue(wrong.errorText().contains("not correct"), wrong::describe);
        BruteForce.assertFailures(admin, REALM, user.id(), 1);
        Tokens tokens = OidcLogin.finish(wrong.form(FORM).set("sls-temporary-code", code.toLowerCase()).submit("kc-login"));
        assertEquals(user.username(), tokens.accessClaims().path("preferred_username").asText());
        admin.clearBruteForce(REALM, user.id());
    }

    @Test
    void theOnlineCodeCardAsksIndexNumbersLikeThePrintedCard(KeycloakServer server, AdminClient admin) {
        TestUser user = newUser(admin, "temp-grid");
        JsonNode grid = issue(admin, user, "grid").path("grid");
        assertEquals(24, grid.size());
        Map<Integer, String> card = new HashMap<>();
        grid.forEach(cell -> card.put(cell.path("index").asInt(), cell.path("code").asText()));

        Page page = password(server, user);
        Form form = page.form(FORM);
        var asked = page.document().select("#sls-code-card-indexes .sls-index").stream()
                .map(e -> Integer.parseInt(e.text().trim())).toList();
        assertEquals(2, asked.size(), page::describe);
        asked.forEach(index -> form.set("code-" + index, card.get(index)));
        Tokens tokens = OidcLogin.finish(form.submit("kc-login"));
        assertEquals(user.username(), tokens.accessClaims().path("preferred_username").asText());
    }

    @Test
    void expiredTemporaryAccessIsRetiredAndNotOffered(KeycloakServer server, AdminClient admin) {
        String username = "temp-expired-" + UUID.randomUUID().toString().substring(0, 8);
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        long now = System.currentTimeMillis() / 1000;
        ObjectNode data = AdminClient.object().put("kind", "code").put("issuedAt", now - 3 * 86400)
                .put("expiresAt", now - 86400).put("cells", 0).put("issuedBy", "helpdesk");
        ObjectNode secret = AdminClient.object().put("salt", Base64.getEncoder().encodeToString(salt));
        secret.putArray("hashes").add(Base64.getEncoder().encodeToString(TemporarySecretHasher.hash(salt, 0, "0123456789AB")));
        ObjectNode rep = AdminClient.object().put("username", username).put("enabled", true).put("emailVerified", true)
                .put("email", username + "@example.test").put("firstName", "Expired").put("lastName", "Tester");
        var credentials = rep.putArray("credentials");
        credentials.addObject().put("type", "password").put("value", "pw-" + username).put("temporary", false);
        credentials.addObject().put("type", "sls-temporary-access").put("credentialData", data.toString())
                .put("secretData", secret.toString()).put("createdDate", (now - 3 * 86400) * 1000);
        ObjectNode partial = AdminClient.object().put("ifResourceExists", "FAIL");
        partial.putArray("users").add(rep);
        admin.post("/" + REALM + "/partialImport", partial);
        TestUser user = new TestUser(username, "pw-" + username, admin.userId(REALM, username));
        assertTrue(holds(admin, user, "sls-temporary-access"));

        Page page = password(server, user);
        assertFalse(page.has(FORM), "expired temporary access is not offered: " + page.describe());
        assertFalse(holds(admin, user, "sls-temporary-access"), "and it is retired");
    }

    @Test
    void activatingAPermanentDeviceRetiresTemporaryAccess(KeycloakServer server, AdminClient admin) {
        TestUser user = newUser(admin, "temp-replaced");
        String code = issue(admin, user, "code").path("code").asText();
        CardVendor batch = CardVendor.make("R" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(),
                1, DscPlusSuites.DEFAULT, new SecureRandom());
        assertEquals(201, admin.send("POST", "/" + REALM + "/sls/dscplus/imports",
                AdminClient.object().put("pskc", batch.pskc(PskcWriter.plain()))).status());
        String serial = batch.cards().get(0).serial();
        String cardId = admin.get("/" + REALM + "/sls/dscplus/cards?serial=" + serial).path("cards").get(0).path("id").asText();
        admin.post("/" + REALM + "/sls/dscplus/cards/" + cardId + "/assign", AdminClient.object().put("userId", user.id()));
        DscPlusCard card = batch.cards().get(0).card(null);

        Page temporary = password(server, user);
        assertTrue(temporary.has(FORM), "temporary access first: " + temporary.describe());
        Page serialPage = temporary.form(FORM).set("sls-temporary-code", code).submit("kc-login");
        Page prove = serialPage.form("#sls-dscplus-serial-form").set("sls-serial", serial).submit("sls-continue");
        String challenge = prove.document().selectFirst("#sls-challenge").text();
        String response = ((DscPlusCard.Response) card.respond("6813", challenge)).digits();
        OidcLogin.finish(prove.form("#sls-dscplus-activate-form").set("sls-pin", "6813").set("sls-pin-confirm", "6813")
                .set("sls-response", response).submit("sls-continue"));

        assertFalse(holds(admin, user, "sls-temporary-access"), "retired when the DSC+ was activated");
        assertEquals(404, admin.send("GET", AREA + user.id(), null).status());
        Page next = password(server, user);
        assertTrue(next.has("#sls-dscplus-form"), "the permanent device from now on: " + next.describe());
    }

    @Test
    void theHelpdeskApiRefusesBadInputAndRetires(AdminClient admin) {
        TestUser user = newUser(admin, "temp-api");
        assertEquals(404, admin.send("POST", AREA + "no-such-user", AdminClient.object()).status());
        assertEquals(400, admin.send("POST", AREA + user.id(), AdminClient.object().put("kind", "sms")).status());
        assertEquals(400, admin.send("POST", AREA + user.id(), AdminClient.object().put("validForHours", 0)).status());
        assertEquals(400, admin.send("POST", AREA + user.id(), AdminClient.object().put("validForHours", 10_000)).status());
        assertEquals(400, admin.send("POST", AREA + user.id(), "{broken").status());
        assertEquals(404, admin.send("DELETE", AREA + user.id(), null).status());
        assertEquals(201, admin.send("POST", AREA + user.id(), AdminClient.object().put("validForHours", 3)).status());
        assertEquals(204, admin.send("DELETE", AREA + user.id(), null).status());
        assertFalse(holds(admin, user, "sls-temporary-access"));
    }

    @Test
    void theDeviceHistorySaysWhichHelpdeskAdminIssuedAndRetiredTemporaryAccess(AdminClient admin) {
        TestUser user = newUser(admin, "temp-history");
        issue(admin, user, "code");
        issue(admin, user, "grid");
        assertEquals(204, admin.send("DELETE", AREA + user.id(), null).status());
        assertEquals(404, admin.send("DELETE", AREA + user.id(), null).status(), "nothing left to retire");

        JsonNode lines = admin.get("/" + REALM + "/sls/history/users/" + user.id()).path("lines");
        assertEquals(4, lines.size(), lines::toString);
        // The helpdesk's account (the test's admin client is a service account) is named on every line.
        String helpdesk = lines.get(0).path("actor").asText();
        assertFalse(helpdesk.isBlank() || helpdesk.equals(user.username()), lines::toString);
        // Newest first, in the order things happened even within a millisecond: issuing the grid retires the code
        // first, then activates the grid, in the same request.
        assertEquals("retired sls-temporary-access Temporary access (grid) admin " + helpdesk, describe(lines.get(0)));
        assertEquals("activated sls-temporary-access Temporary access (grid) admin " + helpdesk, describe(lines.get(1)),
                lines::toString);
        assertEquals("retired sls-temporary-access Temporary access (code) admin " + helpdesk, describe(lines.get(2)),
                lines::toString);
        assertEquals("activated sls-temporary-access Temporary access (code) admin " + helpdesk, describe(lines.get(3)));
        Map<String, Integer> perCredential = new HashMap<>();
        lines.forEach(line -> perCredential.merge(line.path("credentialId").asText(), 1, Integer::sum));
        assertEquals(2, perCredential.size(), "each access is issued and retired under its credential id: " + lines);
        assertTrue(perCredential.values().stream().allMatch(n -> n == 2), lines::toString);
        assertFalse(perCredential.containsKey(""), lines::toString);
        assertFalse(lines.toString().contains("\"code\":"), "no code in the history");
    }

    /** Event, device type, label, proof and the admin who did it. */
    private static String describe(JsonNode line) {
        return String.join(" ", line.path("event").asText(), line.path("deviceType").asText(),
                line.path("label").asText(), line.path("proof").asText(), line.path("actor").asText());
    }
}
