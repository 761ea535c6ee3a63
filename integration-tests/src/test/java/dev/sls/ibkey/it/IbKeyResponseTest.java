package dev.sls.ibkey.it;

import dev.sls.it.BruteForce;
import static dev.sls.ibkey.it.IbKeySteps.REALM;
import static dev.sls.ibkey.it.IbKeySteps.RESPONSE_FORM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sls.ibkey.app.IbKeyApp;
import dev.sls.ibkey.app.IbKeyUser;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.KeycloakExtension;
import dev.sls.testkit.browser.Browser;
import dev.sls.testkit.browser.OidcLogin;
import dev.sls.testkit.browser.Page;
import dev.sls.testkit.server.KeycloakServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** F5: "Click here if you do not receive the notification" and an offline response computed by the app. */
@ExtendWith(KeycloakExtension.class)
class IbKeyResponseTest {

    private static String challenge(Page page) {
        return page.document().selectFirst("#sls-challenge").text();
    }

    @Test
    void aResponseComputedWithThePhoneOfflineLogsIn(KeycloakServer server, AdminClient admin) {
        IbKeySteps.TestUser user = IbKeySteps.newUser(admin, "offline");
        IbKeyApp app = IbKeyApp.install("offline phone", "android");
        IbKeyUser onApp = IbKeySteps.enrol(server, user, app);

        Page push = IbKeySteps.password(server, new Browser(), user);
        Page challengePage = push.form(IbKeySteps.PUSH_OPTIONS).submit("sls-offline");
        assertTrue(challengePage.has(RESPONSE_FORM), challengePage::describe);
        assertTrue(challengePage.text().contains("enter your PIN"), challengePage::describe);
        String shown = challenge(challengePage);
        assertTrue(shown.matches("\\d{4} \\d{4}"), shown);

        assertEquals("respond " + shown.replace(" ", ""),
                challengePage.document().selectFirst("#sls-reference-app code").text(), "the reference app's command");
        // respond() never touches the network: the phone may be in airplane mode.
        String response = app.respond(onApp, shown, IbKeySteps.PIN);
        Page next = challengePage.form(RESPONSE_FORM).set("sls-response", response).submit("kc-login");
        assertEquals(user.username(), OidcLogin.finish(next).accessClaims().path("preferred_username").asText());
    }

    @Test
    void aWrongPinGivesAWrongResponseWhichIsCountedAndReplacedByANewChallenge(KeycloakServer server,
                                                                               AdminClient admin) {
        IbKeySteps.TestUser user = IbKeySteps.newUser(admin, "wrongpin");
        IbKeyApp app = IbKeyApp.install("phone", "android");
        IbKeyUser onApp = IbKeySteps.enrol(server, user, app);
        Page push = IbKeySteps.password(server, new Browser(), user);
        Page challengePage = push.form(IbKeySteps.PUSH_OPTIONS).submit("sls-offline");
        String first = challenge(challengePage);

        String wrong = app.respond(onApp, first, "9#zQ1");
        Page after = challengePage.form(RESPONSE_FORM).set("sls-response", wrong).submit("kc-login");

        assertFalse(after.isRedirect(), after::describe);
        assertTrue(after.errorText().contains("The response string is not correct"), after::describe);
        assertNotEquals(first, challenge(after));
        BruteForce.assertFailures(admin, REALM, user.id(), 1);

        // The old challenge is spent: its right response no longer works either.
        Page reused = after.form(RESPONSE_FORM).set("sls-response", app.respond(onApp, first, IbKeySteps.PIN))
                .submit("kc-login");
        assertFalse(reused.isRedirect(), reused::describe);
        assertTrue(reused.errorText().contains("The response string is not correct"), reused::describe);
        // Two failures within a second trip the realm's quick-login check; an admin unlocks the user once Keycloak
        // has counted both (it counts after the response, so a clear before that would be undone).
        BruteForce.assertFailures(admin, REALM, user.id(), 2);
        admin.clearBruteForce(REALM, user.id());
        Page ok = reused.form(RESPONSE_FORM).set("sls-response", app.respond(onApp, challenge(reused), IbKeySteps.PIN))
                .submit("kc-login");
        assertEquals(user.username(), OidcLogin.finish(ok).accessClaims().path("preferred_username").asText());
    }

    @Test
    void anIphoneWithoutPinAnswersWithoutOne(KeycloakServer server, AdminClient admin) {
        IbKeySteps.TestUser user = IbKeySteps.newUser(admin, "iphone");
        IbKeyApp iphone = IbKeyApp.install("iPhone", "ios");
        Page activation = IbKeySteps.password(server, new Browser(), user);
        IbKeyUser onApp = iphone.activateFromQr(IbKeySteps.qrImage(activation), null);
        OidcLogin.finish(activation.form(IbKeySteps.ACTIVATE_FORM).submit());

        Page push = IbKeySteps.password(server, new Browser(), user);
        Page challengePage = push.form(IbKeySteps.PUSH_OPTIONS).submit("sls-offline");
        assertFalse(challengePage.text().contains("enter your PIN"), challengePage::describe);
        Page next = challengePage.form(RESPONSE_FORM).set("sls-response", iphone.respond(onApp, challenge(challengePage), null))
                .submit("kc-login");
        assertEquals(user.username(), OidcLogin.finish(next).accessClaims().path("preferred_username").asText());
    }
}
