package dev.sls.ibkey.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sls.ibkey.app.IbKeyApp;
import dev.sls.ibkey.app.IbKeyUser;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.KeycloakExtension;
import dev.sls.testkit.browser.AccountConsole;
import dev.sls.testkit.browser.Browser;
import dev.sls.testkit.browser.OidcLogin;
import dev.sls.testkit.browser.Page;
import dev.sls.testkit.browser.Tokens;
import dev.sls.testkit.server.KeycloakServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A person finds their phone where Keycloak users look: the account console's "Signing in" page. */
@ExtendWith(KeycloakExtension.class)
class IbKeyConsoleTest {

    @Test
    void thePhoneIsListedByItsOwnName(KeycloakServer server, AdminClient admin) {
        IbKeySteps.TestUser user = IbKeySteps.newUser(admin, "console");
        IbKeyApp app = IbKeyApp.install("Pixel 8 of console", "android");
        IbKeySteps.enrol(server, user, app);
        IbKeyUser onApp = app.users().get(0);

        String realmUrl = server.realmUrl(IbKeySteps.REALM);
        Page push = AccountConsole.begin(new Browser(), realmUrl).form("#kc-form-login")
                .set("username", user.username()).set("password", user.password()).submit("kc-login");
        app.approve(onApp, IbKeySteps.onlyPending(app, onApp), IbKeySteps.shown(push));
        Tokens tokens = OidcLogin.finish(IbKeySteps.continueAfterDecision(push, "approved"));

        AccountConsole.Answer answer = AccountConsole.credentials(realmUrl, tokens);
        assertEquals(200, answer.status(), answer.body());
        JsonNode ibKey = answer.type("sls-ib-key");
        assertEquals("sls-ib-key-display-name", ibKey.path("displayName").asText(), answer.body());
        assertEquals("sls-ibkey-activate", ibKey.path("createAction").asText());
        JsonNode phones = ibKey.path("userCredentialMetadatas");
        assertEquals(1, phones.size(), answer.body());
        assertEquals("Pixel 8 of console", phones.get(0).path("credential").path("userLabel").asText());
        assertFalse(answer.body().contains("ocraKey"), "no secret reaches the console");
        assertFalse(answer.body().contains("pinHash"), "no secret reaches the console");
    }
}
