package dev.sls.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sls.codecard.it.CodeCardSteps;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.KeycloakExtension;
import dev.sls.testkit.browser.AccountConsole;
import dev.sls.testkit.browser.Browser;
import dev.sls.testkit.browser.OidcLogin;
import dev.sls.testkit.browser.Page;
import dev.sls.testkit.browser.Tokens;
import dev.sls.testkit.server.KeycloakServer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the account console's "Signing in" lists under each device, through the Account REST API it reads: until when
 * a temporary code works and when a device last served a login, as dates in the person's language; and what the
 * admin console reads for the same devices (the type id, the label, the data with the last use).
 */
@ExtendWith(KeycloakExtension.class)
class AccountDeviceDetailsTest {

    private static final String REALM = "sls-demo";

    @Test
    void aTemporaryCodeShowsUntilWhenItWorksAndWhenItWasLastUsedInThePersonsLanguage(KeycloakServer server,
                                                                                     AdminClient admin) {
        String username = "temp-console-" + UUID.randomUUID().toString().substring(0, 8);
        String userId = admin.createUser(REALM, username, "pw-" + username);
        AdminClient.Response issued = admin.send("POST", "/" + REALM + "/sls/temporary/users/" + userId,
                AdminClient.object().put("kind", "code"));
        assertEquals(201, issued.status(), issued.body());
        Instant expiresAt = Instant.parse(issued.json().path("expiresAt").asText());

        String realmUrl = server.realmUrl(REALM);
        Page temporary = AccountConsole.begin(new Browser(), realmUrl).form("#kc-form-login")
                .set("username", username).set("password", "pw-" + username).submit("kc-login");
        Tokens tokens = OidcLogin.finish(temporary.form("#sls-temporary-form")
                .set("sls-temporary-code", issued.json().path("code").asText()).submit("kc-login"));

        AccountConsole.Answer french = AccountConsole.credentials(realmUrl, tokens, "fr");
        assertEquals(200, french.status(), french.body());
        Map<String, String> shown = properties(french.type("sls-temporary-access"));
        assertEquals(frenchDate(expiresAt), plain(shown.get("slsCredentialExpires")), shown::toString);
        assertTrue(plain(shown.get("slsCredentialLastUsed")).endsWith(" UTC"), shown::toString);
        assertFalse(french.body().matches("(?s).*\"parameters\"\\s*:\\s*\\[\\s*\"\\d{4}-\\d{2}-\\d{2}.*"),
                "no raw ISO date: " + french.body());

        for (String lang : new String[] {"en", "ja", "fr"}) {
            Map<String, String> messages = AccountConsole.messages(server.baseUrl(), REALM, lang);
            for (String key : Set.of("slsCredentialExpires", "slsCredentialExpired", "slsCredentialLastUsed")) {
                assertFalse(messages.getOrDefault(key, "").isBlank(), lang + ": " + key);
            }
        }

        // The admin console lists the raw type id and the label; the data it can show holds the last use.
        JsonNode stored = only(admin.get("/" + REALM + "/users/" + userId + "/credentials"), "sls-temporary-access");
        assertEquals("Temporary code", stored.path("userLabel").asText(), stored::toString);
        assertTrue(stored.path("credentialData").asText().contains("\"lastUsed\":"), stored::toString);
    }

    @Test
    void aDevicesLastUseIsRecordedAtMostOnceAMinute(KeycloakServer server, AdminClient admin) throws Exception {
        // A person created like any other (the realm's default roles let the console's API answer them), with a card
        // issued at the first login; the logins after it use the card.
        CodeCardSteps.TestUser user = CodeCardSteps.newUser(admin, "last-used");
        String realmUrl = server.realmUrl(REALM);
        Page issue = password(realmUrl, user);
        Map<Integer, String> card = CodeCardSteps.readCard(issue);
        OidcLogin.finish(CodeCardSteps.answer(issue.form(CodeCardSteps.PRINTED_FORM).submit("sls-printed"),
                CodeCardSteps.ACTIVATE_FORM, card, "sls-activate"));

        OidcLogin.finish(CodeCardSteps.login(password(realmUrl, user), card));
        long first = lastUsed(admin, user.id());
        assertTrue(Math.abs(first - Instant.now().getEpochSecond()) < 120, "written by the login: " + first);

        Thread.sleep(1100);
        Tokens tokens = OidcLogin.finish(CodeCardSteps.login(password(realmUrl, user), card));
        assertEquals(first, lastUsed(admin, user.id()), "a second login within the minute does not write again");

        AccountConsole.Answer english = AccountConsole.credentials(realmUrl, tokens, "en");
        assertEquals(200, english.status(), english.body());
        Map<String, String> shown = properties(english.type("sls-code-card"));
        String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.ENGLISH)
                .format(Instant.ofEpochSecond(first).atZone(ZoneOffset.UTC));
        assertTrue(plain(shown.get("slsCredentialLastUsed")).startsWith(date + " "), shown::toString);
        assertFalse(shown.containsKey("slsCredentialExpires"), "a card does not expire: " + shown);
    }

    private static Page password(String realmUrl, CodeCardSteps.TestUser user) {
        return AccountConsole.begin(new Browser(), realmUrl).form("#kc-form-login")
                .set("username", user.username()).set("password", user.password()).submit("kc-login");
    }

    private static long lastUsed(AdminClient admin, String userId) throws Exception {
        JsonNode card = only(admin.get("/" + REALM + "/users/" + userId + "/credentials"), "sls-code-card");
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(card.path("credentialData").asText())
                .path("lastUsed").asLong(0);
    }

    /** The terms and values listed under the type's one device ({@code infoProperties}). */
    private static Map<String, String> properties(JsonNode container) {
        JsonNode devices = container.path("userCredentialMetadatas");
        assertEquals(1, devices.size(), container::toString);
        Map<String, String> shown = new HashMap<>();
        devices.get(0).path("infoProperties").forEach(p -> shown.put(p.path("key").asText(),
                p.path("parameters").path(0).asText()));
        return shown;
    }

    private static JsonNode only(JsonNode credentials, String type) {
        JsonNode found = null;
        for (JsonNode credential : credentials) {
            if (type.equals(credential.path("type").asText())) {
                assertTrue(found == null, credentials::toString);
                found = credential;
            }
        }
        assertTrue(found != null, () -> "no " + type + " in " + credentials);
        return found;
    }

    private static String frenchDate(Instant when) {
        var utc = when.atZone(ZoneOffset.UTC);
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.FRENCH).format(utc) + " "
                + DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(Locale.FRENCH).format(utc) + " UTC";
    }

    private static String plain(String text) {
        return text == null ? "" : text.replace('\u00A0', ' ').replace('\u202F', ' ').replace('\u2011', '-');
    }
}
