package dev.sls.optout.it;

import static dev.sls.settings.it.AccountSteps.REALM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import dev.sls.chooser.it.ChooserSteps;
import dev.sls.chooser.it.ChooserSteps.TestUser;
import dev.sls.it.RelyingParty;
import dev.sls.settings.it.AccountSteps;
import dev.sls.settings.it.AccountSteps.Account;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.KeycloakExtension;
import dev.sls.testkit.browser.Browser;
import dev.sls.testkit.browser.OidcLogin;
import dev.sls.testkit.browser.Page;
import dev.sls.testkit.browser.Tokens;
import dev.sls.testkit.server.KeycloakServer;
import jakarta.mail.internet.MimeMessage;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 20, opting out (F15): the primary user, logged in with the device, chooses "Secure Login not required for
 * trading"; logins to trading clients then skip the device (tokens: level 0 in {@code acr}, {@code sls_restricted});
 * every other login — another client, a level asked, the settings, the same session used elsewhere — still asks for
 * the device; opting back in brings the device back. Each change is an event and an email.
 */
@ExtendWith(KeycloakExtension.class)
class OptOutTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void optingOutSkipsTheDeviceOnTradingClientsOnlyUntilOptingBackIn(KeycloakServer server, AdminClient admin)
            throws Exception {
        GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        try {
            smtp(admin, mail.getSmtp().getPort());
            TestUser user = AccountSteps.account(admin, "opt").primary();
            assertTrue(tradingLogin(server, new Browser(), user).has(ChooserSteps.CODE_CARD_FORM),
                    "before opting out, the trading client asks for the device");

            Page form = AccountSteps.openWithCard(server, new Browser(), user, "sls-opt-out", Map.of());
            assertTrue(form.has(AccountSteps.OPTOUT_FORM), form::describe);
            assertTrue(form.text().contains("Pink Sheet and OTCBB"), "the restrictions are shown");
            Page unaccepted = form.form(AccountSteps.OPTOUT_FORM).set("sls-optout-choice", "not-required")
                    .submit("sls-optout-continue");
            assertTrue(unaccepted.text().contains("tick the box"), unaccepted::describe);
            Page updated = unaccepted.form(AccountSteps.OPTOUT_FORM).set("sls-optout-choice", "not-required")
                    .set("sls-optout-accept", "true").submit("sls-optout-continue");
            assertTrue(updated.text().contains("Your settings have been updated"), updated::describe);
            Page back = updated.form("#sls-optout-done-form").submit("sls-optout-ok");
            assertTrue(back.isRedirect() && back.redirectLocation().contains("kc_action_status=success"),
                    back::describe);
            assertEquals(1, optOutEvents(admin, user, "opted_out"));
            assertTrue(mail.waitForIncomingEmail(15_000, 1), "the person is told by email");
            MimeMessage told = mail.getReceivedMessages()[0];
            assertEquals("Secure Login is no longer required for trading", told.getSubject());
            assertTrue(GreenMailUtil.getBody(told).contains(user.username()), GreenMailUtil.getBody(told));

            Browser trading = new Browser();
            Page noDevice = tradingLogin(server, trading, user);
            assertTrue(noDevice.isRedirect(), () -> "no second factor on the trading client: " + noDevice.describe());
            Tokens tokens = OidcLogin.finish(noDevice);
            IDTokenClaimsSet claims = RelyingParty.validate(server.realmUrl(REALM), AccountSteps.TRADING, tokens);
            assertEquals("sls-level-0", claims.getACR().getValue());
            assertEquals(Boolean.TRUE, claims.getClaim("sls_restricted"));
            assertNull(claims.getClaim("sls_device"));
            assertEquals(true, tokens.accessClaims().path("sls_restricted").asBoolean());

            Page otherClient = AccountSteps.login(server, trading, user, ChooserSteps.CLIENT, ChooserSteps.REDIRECT,
                    Map.of());
            assertFalse(otherClient.isRedirect(), "the restricted session is not enough for another client");
            Tokens stepped = OidcLogin.finish(AccountSteps.answerCard(otherClient));
            assertEquals("sls-level-1", RelyingParty.validate(server.realmUrl(REALM), ChooserSteps.CLIENT, stepped)
                    .getACR().getValue());

            Browser restricted = new Browser();
            assertTrue(tradingLogin(server, restricted, user).isRedirect());
            Page settings = AccountSteps.login(server, restricted, user, ChooserSteps.CLIENT, ChooserSteps.REDIRECT,
                    Map.of("kc_action", "sls-settings"));
            assertFalse(settings.has(AccountSteps.SETTINGS_PAGE), "the settings need the device");
            assertTrue(AccountSteps.answerCard(settings).has(AccountSteps.SETTINGS_PAGE));

            assertTrue(AccountSteps.login(server, new Browser(), user, ChooserSteps.CLIENT, ChooserSteps.REDIRECT,
                    Map.of()).has(ChooserSteps.CODE_CARD_FORM), "a non-trading client still asks for the device");
            assertTrue(AccountSteps.login(server, new Browser(), user, AccountSteps.TRADING,
                    AccountSteps.TRADING_REDIRECT, Map.of("acr_values", "sls-level-1"))
                    .has(ChooserSteps.CODE_CARD_FORM), "a trading client asking for a level still gets the device");

            Page optIn = AccountSteps.openWithCard(server, new Browser(), user, "sls-opt-out", Map.of());
            Page optedIn = optIn.form(AccountSteps.OPTOUT_FORM).set("sls-optout-choice", "always")
                    .submit("sls-optout-continue");
            assertTrue(optedIn.text().contains("Your settings have been updated"), optedIn::describe);
            assertTrue(optedIn.form("#sls-optout-done-form").submit("sls-optout-ok").isRedirect());
            assertEquals(1, optOutEvents(admin, user, "opted_back_in"));
            assertTrue(mail.waitForIncomingEmail(15_000, 2), "opting back in is told too");
            assertEquals("Your Secure Login Device is required again", mail.getReceivedMessages()[1].getSubject());

            Page deviceAgain = tradingLogin(server, new Browser(), user);
            assertTrue(deviceAgain.has(ChooserSteps.CODE_CARD_FORM), deviceAgain::describe);
            Tokens after = OidcLogin.finish(AccountSteps.answerCard(deviceAgain));
            IDTokenClaimsSet afterClaims = RelyingParty.validate(server.realmUrl(REALM), AccountSteps.TRADING, after);
            assertNull(afterClaims.getClaim("sls_restricted"));
            assertEquals("sls-level-1", afterClaims.getACR().getValue());
        } finally {
            ObjectNode realm = JSON.createObjectNode();
            realm.putObject("smtpServer");
            admin.put("/" + REALM, realm);
            mail.stop();
        }
    }

    @Test
    void aSecondaryUserCannotOptTheAccountOut(KeycloakServer server, AdminClient admin) {
        Account account = AccountSteps.account(admin, "opt-second");
        Page notice = AccountSteps.openWithCard(server, new Browser(), account.secondary(), "sls-opt-out", Map.of());
        assertFalse(notice.has(AccountSteps.OPTOUT_FORM), notice::describe);
        assertTrue(tradingLogin(server, new Browser(), account.secondary()).has(ChooserSteps.CODE_CARD_FORM));
        assertTrue(tradingLogin(server, new Browser(), account.primary()).has(ChooserSteps.CODE_CARD_FORM),
                "nobody's setting changed");
    }

    @Test
    void aRealmThatDoesNotAllowOptingOutOffersNothingAndRefusesAForgedPost(KeycloakServer server,
                                                                           AdminClient admin) {
        String previous = allowOptOut(admin, "false");
        try {
            Account account = AccountSteps.account(admin, "noopt");
            Page settings = AccountSteps.openWithCard(server, new Browser(), account.primary(), "sls-settings",
                    Map.of());
            assertTrue(settings.has(AccountSteps.SETTINGS_PAGE), settings::describe);
            assertFalse(settings.has("#sls-optout-box") || settings.has("#sls-optout-configure"),
                    "no opt-out box where the realm does not allow it: " + settings.describe());
            assertFalse(settings.html().contains("kc_action=sls-opt-out"), settings::describe);

            Browser browser = new Browser();
            Page refused = AccountSteps.openWithCard(server, browser, account.primary(), "sls-opt-out", Map.of());
            assertEquals(400, refused.status(), refused::describe);
            assertFalse(refused.has(AccountSteps.OPTOUT_FORM), refused::describe);
            assertTrue(refused.errorText().contains("not offered"), refused::describe);

            // The form the page never showed, posted anyway to the action it would have posted to.
            Page forged = browser.post(refused.url(), Map.of("sls-optout-choice", "not-required",
                    "sls-optout-accept", "true"));
            assertTrue(forged.status() < 500, forged::describe);
            assertFalse(forged.text().contains("Your settings have been updated"), forged::describe);
            assertEquals(400, forged.status(), forged::describe);
            assertTrue(forged.errorText().contains("not offered"), forged::describe);
            assertNull(admin.get("/" + REALM + "/users/" + account.primary().id()).path("attributes")
                    .get("slsOptedOut"), "nothing recorded");
            assertEquals(0, optOutEvents(admin, account.primary(), "opted_out"));
            assertTrue(tradingLogin(server, new Browser(), account.primary()).has(ChooserSteps.CODE_CARD_FORM),
                    "the trading client still asks for the device");
        } finally {
            allowOptOut(admin, previous);
        }
    }

    /** Sets the realm's opt-out setting; returns the previous value. */
    private static String allowOptOut(AdminClient admin, String value) {
        // The realm's other attributes go back with it: a PUT with only this one would wipe them (acr.loa.map...).
        ObjectNode attributes = (ObjectNode) admin.get("/" + REALM).path("attributes").deepCopy();
        JsonNode previous = attributes.get("sls.optout.allowed");
        attributes.put("sls.optout.allowed", value);
        ObjectNode realm = JSON.createObjectNode();
        realm.set("attributes", attributes);
        admin.put("/" + REALM, realm);
        return previous == null ? "false" : previous.asText();
    }

    private static Page tradingLogin(KeycloakServer server, Browser browser, TestUser user) {
        return AccountSteps.login(server, browser, user, AccountSteps.TRADING, AccountSteps.TRADING_REDIRECT,
                Map.of());
    }

    private static long optOutEvents(AdminClient admin, TestUser user, String what) {
        JsonNode events = admin.get("/" + REALM + "/events?type=CUSTOM_REQUIRED_ACTION&user=" + user.id());
        return StreamSupport.stream(events.spliterator(), false)
                .filter(event -> what.equals(event.path("details").path("sls_opt_out").asText())).count();
    }

    private static void smtp(AdminClient admin, int port) {
        ObjectNode realm = JSON.createObjectNode();
        realm.putObject("smtpServer").put("host", "127.0.0.1").put("port", String.valueOf(port))
                .put("from", "secure-login@example.test");
        admin.put("/" + REALM, realm);
    }
}
