package dev.sls.settings.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sls.chooser.it.ChooserSteps;
import dev.sls.chooser.it.ChooserSteps.TestUser;
import dev.sls.settings.it.AccountSteps.Account;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.KeycloakExtension;
import dev.sls.testkit.browser.Chromium;
import dev.sls.testkit.browser.ScreenCheck;
import dev.sls.testkit.server.KeycloakServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Secure Login settings page (with the notice of a user without the right) and the Secure Login Settings page
 * (opting out, the restrictions) in a real browser, in every language, on a laptop and on a phone.
 */
@ExtendWith(KeycloakExtension.class)
class SettingsScreenLayoutTest {

    private static final Duration PAGE = Duration.ofSeconds(15);

    @Test
    void theSettingsScreensKeepTheirLayout(KeycloakServer server, AdminClient admin) {
        assumeTrue(Chromium.find().isPresent(), "needs Chromium (the CI script installs it)");
        String realmUrl = server.realmUrl(AccountSteps.REALM);
        List<String> problems;
        try (Chromium chromium = Chromium.launch()) {
            problems = ScreenCheck.everyLanguageAndSize(chromium, (locale, suffix, found) -> {
                Account account = AccountSteps.account(admin, "layout");
                logInWithCard(chromium, realmUrl, locale, account.secondary(), "sls-settings");
                chromium.waitUntil("document.querySelector('#sls-settings-form')", PAGE);
                found.addAll(ScreenCheck.check(chromium, "settings-notice-" + suffix, null));

                chromium.clearCookies();
                logInWithCard(chromium, realmUrl, locale, account.primary(), "sls-opt-out");
                chromium.waitUntil("document.querySelector('#sls-optout-form')", PAGE);
                found.addAll(ScreenCheck.check(chromium, "optout-" + suffix, null));
            });
        }
        assertEquals(List.of(), problems, "layout problems (screenshots in " + ScreenCheck.SCREENS + ")");
    }

    private static void logInWithCard(Chromium chromium, String realmUrl, String locale, TestUser user,
                                      String action) {
        chromium.logIn(realmUrl, ChooserSteps.CLIENT, ChooserSteps.REDIRECT, locale, user.username(),
                user.password(), Map.of("kc_action", action));
        chromium.waitUntil("document.querySelector('#sls-code-card-form')", PAGE);
        ChooserSteps.answerCodeCard(chromium);
    }
}
