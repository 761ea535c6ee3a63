package dev.sls.settings.it;

import static dev.sls.settings.it.AccountSteps.REALM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sls.chooser.it.ChooserSteps;
import dev.sls.settings.it.AccountSteps.Account;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.KeycloakExtension;
import dev.sls.testkit.browser.Browser;
import dev.sls.testkit.browser.Page;
import dev.sls.testkit.server.KeycloakServer;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 20, the Secure Login settings page ({@code kc_action=sls-settings}) and accounts with a primary user: the page
 * opens only after the device, lists the person's devices with level and state, and a person without the right to
 * change the account's security settings is pointed to the account's primary user — by username, nothing more.
 */
@ExtendWith(KeycloakExtension.class)
class SettingsPageTest {

    @Test
    void thePasswordAloneDoesNotOpenThePageTheDeviceDoes(KeycloakServer server, AdminClient admin) {
        Account account = AccountSteps.account(admin, "set");
        Page afterPassword = ChooserSteps.password(server, new Browser(), account.primary(), ChooserSteps.CLIENT,
                ChooserSteps.REDIRECT, Map.of("kc_action", "sls-settings"));
        assertFalse(afterPassword.has(AccountSteps.SETTINGS_PAGE), afterPassword::describe);

        Page settings = AccountSteps.answerCard(afterPassword);
        assertTrue(settings.has(AccountSteps.SETTINGS_PAGE), settings::describe);
        Element card = settings.document().selectFirst(".sls-settings-device[data-sls-type=sls-code-card]");
        assertNotNull(card, settings::describe);
        assertEquals("active", card.attr("data-sls-state"));
        assertTrue(card.text().contains("Security Code Card") && card.text().contains("Level 1")
                && card.text().contains("Active"), card::text);
        assertFalse(settings.has("#sls-settings-notice"), "the primary user holds the right");
        assertTrue(settings.has("#sls-optout-box") && settings.has("#sls-optout-configure"), settings::describe);
        assertEquals(sharingOffered(admin), settings.has("#sls-share-device"),
                "Share Device is linked exactly when the realm offers sls-share-device");
        String configure = settings.document().selectFirst("#sls-optout-configure").attr("href");
        assertTrue(configure.contains("kc_action=sls-opt-out") && configure.contains("client_id=sls-demo-app"),
                configure);

        Page done = settings.form(AccountSteps.SETTINGS_PAGE).submit("sls-settings-done");
        assertTrue(done.isRedirect() && done.redirectLocation().contains("kc_action_status=success"),
                done::describe);
    }

    @Test
    void aUserWithoutTheRightIsPointedToThePrimaryUserOnly(KeycloakServer server, AdminClient admin) {
        Account account = AccountSteps.account(admin, "notice");
        Page settings = AccountSteps.openWithCard(server, new Browser(), account.secondary(), "sls-settings",
                Map.of());
        assertTrue(settings.has(AccountSteps.SETTINGS_PAGE), settings::describe);
        String notice = settings.document().selectFirst("#sls-settings-notice").text();
        assertTrue(notice.contains("not allowed to change the security settings")
                && notice.contains(account.primary().username()), notice);
        assertFalse(notice.contains(account.other().username()), "a member without the right is not named");
        String html = settings.html();
        assertFalse(html.contains(account.primary().username() + "@example.test") || html.contains(
                account.primary().id()), "nothing more about the primary user than the username");
        assertFalse(settings.has("#sls-optout-configure"), "no way to change what the person may not change");

        Page optOut = AccountSteps.openWithCard(server, new Browser(), account.secondary(), "sls-opt-out",
                Map.of());
        assertFalse(optOut.has(AccountSteps.OPTOUT_FORM), optOut::describe);
        assertTrue(optOut.document().selectFirst("#sls-settings-notice").text()
                .contains(account.primary().username()), optOut::describe);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "ja|セキュリティ設定を変更する権限がありません|セキュアログイン設定",
        "fr|pas autorisé à modifier les paramètres de sécurité|Paramètres Secure Login",
    })
    void theNoticeIsTranslated(String language, String notice, String box, KeycloakServer server,
                               AdminClient admin) {
        Account account = AccountSteps.account(admin, "notice-" + language);
        Page settings = AccountSteps.openWithCard(server, new Browser(), account.secondary(), "sls-settings",
                Map.of("ui_locales", language));
        assertTrue(settings.text().contains(notice) && settings.text().contains(box), settings::describe);
        assertTrue(settings.text().contains(account.primary().username()), settings::describe);
    }

    private static boolean sharingOffered(AdminClient admin) {
        return admin.send("GET", "/" + REALM + "/authentication/required-actions/sls-share-device", null)
                .status() == 200;
    }
}
