package dev.sls.optout.it;

import static dev.sls.settings.it.AccountSteps.REALM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import dev.sls.chooser.it.ChooserSteps;
import dev.sls.chooser.it.ChooserSteps.TestUser;
import dev.sls.it.RelyingParty;
import dev.sls.settings.it.AccountSteps;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.KeycloakExtension;
import dev.sls.testkit.browser.Browser;
import dev.sls.testkit.browser.OidcLogin;
import dev.sls.testkit.browser.Page;
import dev.sls.testkit.browser.Tokens;
import dev.sls.testkit.server.KeycloakServer;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Opting out never covers a withdrawal: an opted-out person's login to a trading client that asks to confirm a
 * withdrawal ({@code authorization_details} of type {@code sls_withdrawal}) still asks for the device, and its
 * tokens are those of a device login, not level 0.
 */
@ExtendWith(KeycloakExtension.class)
class OptOutWithdrawalTest {

    private static final String WITHDRAWAL =
            "[{\"type\":\"sls_withdrawal\",\"amount\":\"100.00\",\"currency\":\"USD\"}]";

    @Test
    void anOptedOutPersonStillConfirmsAWithdrawalWithTheDeviceOnATradingClient(KeycloakServer server,
                                                                              AdminClient admin) {
        TestUser user = AccountSteps.account(admin, "opt-wd").primary();
        optOut(server, user);

        // The opt-out is in effect: the same trading client without a withdrawal skips the device.
        Page skipped = trading(server, new Browser(), user, Map.of());
        assertTrue(skipped.isRedirect(), () -> "no device on the trading client: " + skipped.describe());
        assertEquals("sls-level-0", RelyingParty.validate(server.realmUrl(REALM), AccountSteps.TRADING,
                OidcLogin.finish(skipped)).getACR().getValue());

        Page device = trading(server, new Browser(), user, Map.of("authorization_details", WITHDRAWAL));
        assertFalse(device.isRedirect(), () -> "a withdrawal is never confirmed without the device: "
                + device.describe());
        assertTrue(device.has(ChooserSteps.CHOOSER_FORM) || device.has(ChooserSteps.CODE_CARD_FORM),
                device::describe);
        Tokens tokens = OidcLogin.finish(AccountSteps.answerCard(device));
        IDTokenClaimsSet claims = RelyingParty.validate(server.realmUrl(REALM), AccountSteps.TRADING, tokens);
        assertEquals("sls-level-1", claims.getACR().getValue());
        // The claim says the opt-out is in effect, whatever the login used (optout.md); acr and sls_device say how.
        assertEquals(Boolean.TRUE, claims.getClaim("sls_restricted"));
        assertEquals("sls-code-card", tokens.idClaims().path("sls_device").path("type").asText());
        assertTrue(tokens.accessClaims().path("authorization_details").toString().contains("sls_withdrawal"),
                tokens.accessClaims()::toString);
    }

    /** The primary user opts out on the opt-out page, logged in with the code card. */
    private static void optOut(KeycloakServer server, TestUser user) {
        Page form = AccountSteps.openWithCard(server, new Browser(), user, "sls-opt-out", Map.of());
        assertTrue(form.has(AccountSteps.OPTOUT_FORM), form::describe);
        Page updated = form.form(AccountSteps.OPTOUT_FORM).set("sls-optout-choice", "not-required")
                .set("sls-optout-accept", "true").submit("sls-optout-continue");
        assertTrue(updated.text().contains("Your settings have been updated"), updated::describe);
        assertTrue(updated.form("#sls-optout-done-form").submit("sls-optout-ok").isRedirect());
    }

    private static Page trading(KeycloakServer server, Browser browser, TestUser user, Map<String, String> extra) {
        return AccountSteps.login(server, browser, user, AccountSteps.TRADING, AccountSteps.TRADING_REDIRECT, extra);
    }
}
