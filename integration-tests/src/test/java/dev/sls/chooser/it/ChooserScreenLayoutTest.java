package dev.sls.chooser.it;

import static dev.sls.chooser.it.ChooserSteps.Given.CODE_CARD;
import static dev.sls.chooser.it.ChooserSteps.Given.OTP;
import static dev.sls.chooser.it.ChooserSteps.Given.SMS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sls.chooser.it.ChooserSteps.TestUser;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.KeycloakExtension;
import dev.sls.testkit.browser.Chromium;
import dev.sls.testkit.browser.ScreenCheck;
import dev.sls.testkit.server.KeycloakServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * "Select Second Factor Device" (with a greyed row and its reason), the "device needed" page and the sls theme's
 * "Try another way" list in a real browser, in every language, on a laptop and on a phone.
 */
@ExtendWith(KeycloakExtension.class)
class ChooserScreenLayoutTest {

    private static final Duration PAGE = Duration.ofSeconds(15);

    @Test
    void theChooserScreensKeepTheirLayout(KeycloakServer server, AdminClient admin) {
        assumeTrue(Chromium.find().isPresent(), "needs Chromium (the CI script installs it)");
        String realmUrl = server.realmUrl(ChooserSteps.REALM);
        List<String> problems;
        try (Chromium chromium = Chromium.launch()) {
            problems = ScreenCheck.everyLanguageAndSize(chromium, (locale, suffix, found) -> {
                TestUser person = ChooserSteps.person(admin, "layout", Set.of(CODE_CARD, SMS, OTP));
                chromium.clearCookies();
                chromium.logIn(realmUrl, ChooserSteps.CLIENT, ChooserSteps.REDIRECT, locale, person.username(),
                        person.password(), Map.of("acr_values", "sls-level-2"));
                chromium.waitUntil("document.querySelector('#sls-chooser-form .sls-device-unavailable')", PAGE);
                found.addAll(ScreenCheck.check(chromium, "chooser-" + suffix, ScreenCheck.all(
                        ScreenCheck.apart(".sls-device[data-sls-type=sls-sms]",
                                ".sls-device[data-sls-type=sls-code-card]", 4))));

                chromium.eval("document.querySelector('.sls-device[data-sls-type=otp] input').click();"
                        + "document.querySelector('#sls-chooser-continue').click(); true");
                chromium.waitUntil("document.querySelector('#kc-otp-login-form')", PAGE);
                chromium.eval("document.querySelector('#try-another-way').click(); true");
                chromium.waitUntil("document.querySelector('#sls-select-authenticator')", PAGE);
                found.addAll(ScreenCheck.check(chromium, "select-authenticator-" + suffix, null));

                TestUser cardOnly = ChooserSteps.person(admin, "layout-needed", Set.of(CODE_CARD));
                chromium.clearCookies();
                chromium.logIn(realmUrl, ChooserSteps.TRANSFERS, ChooserSteps.TRANSFERS_REDIRECT, locale,
                        cardOnly.username(), cardOnly.password());
                chromium.waitUntil("document.querySelector('#sls-device-needed-form')", PAGE);
                found.addAll(ScreenCheck.check(chromium, "device-needed-" + suffix, null));
            });
        }
        assertEquals(List.of(), problems, "layout problems (screenshots in " + ScreenCheck.SCREENS + ")");
    }
}
