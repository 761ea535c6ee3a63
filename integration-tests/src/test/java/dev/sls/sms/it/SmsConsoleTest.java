package dev.sls.sms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sls.mobile.it.PhoneSteps;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.KeycloakExtension;
import dev.sls.testkit.browser.AccountConsole;
import dev.sls.testkit.browser.Browser;
import dev.sls.testkit.browser.OidcLogin;
import dev.sls.testkit.browser.Page;
import dev.sls.testkit.browser.Tokens;
import dev.sls.testkit.server.KeycloakServer;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Where people and admins find SMS codes: the account console's "Signing in", and the admin console's names. */
@ExtendWith(KeycloakExtension.class)
class SmsConsoleTest {

    private static final String REALM = "sls-demo";

    @Test
    void aPersonSeesTheirSmsCodesInTheAccountConsoleWithVerifyNumberAsSetUp(KeycloakServer server, AdminClient admin)
            throws IOException {
        String number = PhoneSteps.fictionalNumber();
        PhoneSteps.TestUser user = PhoneSteps.smsUser(admin, "console", number);
        String realmUrl = server.realmUrl(REALM);
        Page sms = AccountConsole.begin(new Browser(), realmUrl).form("#kc-form-login").set("username", user.username())
                .set("password", user.password()).submit("kc-login");
        // The demo realm's log sender wrote the code to the server log.
        String masked = "+1 ••• ••• " + number.substring(number.length() - 2);
        Tokens tokens = OidcLogin.finish(SmsSteps.type(sms, SmsLoginTest.lastLoggedCode(server, masked)));

        AccountConsole.Answer answer = AccountConsole.credentials(realmUrl, tokens);
        assertEquals(200, answer.status(), answer.body());
        JsonNode smsType = answer.type("sls-sms");
        assertEquals("sls-sms-display-name", smsType.path("displayName").asText(), answer.body());
        assertEquals("two-factor", smsType.path("category").asText());
        assertEquals("sls-phone-verify", smsType.path("createAction").asText(), "set up from the console");
        assertEquals(1, smsType.path("userCredentialMetadatas").size(), answer.body());
    }

    @Test
    void theConsoleHasTheNamesInEveryLanguage(KeycloakServer server) {
        for (String locale : new String[] {"en", "ja", "fr"}) {
            Map<String, String> messages = AccountConsole.messages(server.baseUrl(), REALM, locale);
            assertFalse(messages.getOrDefault("sls-sms-display-name", "").isBlank(), locale);
            assertFalse(messages.getOrDefault("sls-sms-help-text", "").isBlank(), locale);
            assertFalse(messages.getOrDefault("sls-sms", "").isBlank(), locale);
            assertFalse(messages.getOrDefault("sls-phone-verify", "").isBlank(), locale);
        }
    }

    @Test
    void adminsSeeReadableNames(AdminClient admin) {
        boolean action = false;
        for (JsonNode item : admin.get("/" + REALM + "/authentication/required-actions")) {
            action |= item.path("alias").asText().equals("sls-phone-verify")
                    && item.path("name").asText().equals("SLS: Verify mobile number");
        }
        boolean step = false;
        for (JsonNode item : admin.get("/" + REALM + "/authentication/authenticator-providers")) {
            step |= item.path("id").asText().equals("sls-sms-authenticator")
                    && item.path("displayName").asText().equals("SLS SMS and voice codes");
        }
        assertEquals(true, action, "required action name");
        assertEquals(true, step, "authenticator name");
    }
}
