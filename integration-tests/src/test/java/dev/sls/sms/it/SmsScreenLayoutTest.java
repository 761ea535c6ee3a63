package dev.sls.sms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sls.mobile.it.PhoneSteps.TestUser;
import dev.sls.mobile.it.PhoneSteps;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.KeycloakExtension;
import dev.sls.testkit.browser.Chromium;
import dev.sls.testkit.browser.ScreenCheck;
import dev.sls.testkit.server.KeycloakServer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The SMS login and mobile-number screens in a real browser, in every language, on a laptop and on a phone. */
@ExtendWith(KeycloakExtension.class)
class SmsScreenLayoutTest {

    private static final Duration PAGE = Duration.ofSeconds(15);
    private static final String OPEN_HELP = "document.querySelector('#sls-code-help').open = true; true";

    @Test
    void everySmsAndNumberScreenKeepsItsLayout(KeycloakServer server, AdminClient admin) {
        assumeTrue(Chromium.find().isPresent(), "needs Chromium (the CI script installs it)");
        List<String> problems;
        try (Chromium chromium = Chromium.launch()) {
            problems = ScreenCheck.everyLanguageAndSize(chromium, (locale, suffix, found) -> {
                TestUser smsUser = PhoneSteps.smsUser(admin, "layout", PhoneSteps.fictionalNumber());
                chromium.logIn(server.realmUrl(PhoneSteps.REALM), PhoneSteps.CLIENT, PhoneSteps.REDIRECT, locale,
                        smsUser.username(), smsUser.password());
                chromium.waitUntil("document.querySelector('#sls-sms-form')", PAGE);
                chromium.eval(OPEN_HELP);
                found.addAll(ScreenCheck.check(chromium, "sms-login-" + suffix, null));

                TestUser newcomer = PhoneSteps.newUser(admin, "layout-numbers");
                admin.addRequiredAction(PhoneSteps.REALM, newcomer.id(), PhoneSteps.ACTION);
                chromium.clearCookies();
                chromium.logIn(server.realmUrl(PhoneSteps.REALM), PhoneSteps.CLIENT, PhoneSteps.REDIRECT, locale,
                        newcomer.username(), newcomer.password());
                chromium.waitUntil("document.querySelector('#sls-phone-add-form')", PAGE);
                found.addAll(ScreenCheck.check(chromium, "phone-numbers-" + suffix, null));

                chromium.eval("document.querySelector('#sls-country').value = 'US';"
                        + "document.querySelector('#sls-number').value = " + Chromium.quote(PhoneSteps.fictionalNumber())
                        + "; document.querySelector('#sls-add').click(); true");
                chromium.waitUntil("document.querySelector('#sls-phone-confirm-form')", PAGE);
                chromium.eval(OPEN_HELP);
                found.addAll(ScreenCheck.check(chromium, "phone-confirm-" + suffix, null));
            });
        }
        assertEquals(List.of(), problems, "layout problems (screenshots in " + ScreenCheck.SCREENS + ")");
    }
}
