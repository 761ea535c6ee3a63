package dev.sls.ibkey.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sls.ibkey.app.IbKeyApp;
import dev.sls.ibkey.app.IbKeyUser;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.KeycloakExtension;
import dev.sls.testkit.browser.Chromium;
import dev.sls.testkit.browser.ScreenCheck;
import dev.sls.testkit.server.KeycloakServer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The IB Key screens in a real browser, in every language, on a laptop and on a phone. */
@ExtendWith(KeycloakExtension.class)
class IbKeyScreenLayoutTest {

    private static final Duration PAGE = Duration.ofSeconds(15);

    @Test
    void everyIbKeyScreenKeepsItsLayout(KeycloakServer server, AdminClient admin) {
        assumeTrue(Chromium.find().isPresent(), "needs Chromium (the CI script installs it)");
        List<String> problems;
        try (Chromium chromium = Chromium.launch()) {
            problems = ScreenCheck.everyLanguageAndSize(chromium, (locale, suffix, found) -> {
                IbKeySteps.TestUser user = IbKeySteps.newUser(admin, "layout");
                logIn(chromium, server, user, locale);
                chromium.waitUntil("document.querySelector('#sls-qr')", PAGE);
                found.addAll(ScreenCheck.check(chromium, "ibkey-activate-" + suffix,
                        ScreenCheck.all(ScreenCheck.centredOneLine("#sls-waiting", "#sls-qr"),
                                ScreenCheck.centredOneLine("#sls-validity", "#sls-qr"))));

                IbKeyApp app = IbKeyApp.install("layout phone", "android");
                IbKeyUser onApp = app.activateWithCode(server.baseUrl(), IbKeySteps.REALM,
                        chromium.eval("document.querySelector('#sls-activation-code').textContent").asText(),
                        IbKeySteps.PIN);
                chromium.waitForRequest(url -> url.startsWith(IbKeySteps.REDIRECT), PAGE);

                chromium.clearCookies();
                logIn(chromium, server, user, locale);
                chromium.waitUntil("document.querySelector('#sls-push-form')", PAGE);
                found.addAll(ScreenCheck.check(chromium, "ibkey-push-" + suffix, null));

                app.deny(onApp, IbKeySteps.onlyPending(app, onApp));
                chromium.waitUntil("document.querySelector('#sls-push-denied')", PAGE);
                found.addAll(ScreenCheck.check(chromium, "ibkey-denied-" + suffix, null));

                chromium.eval("document.querySelector('#sls-offline').click();true");
                chromium.waitUntil("document.querySelector('#sls-response-form')", PAGE);
                found.addAll(ScreenCheck.check(chromium, "ibkey-response-" + suffix,
                        ScreenCheck.all(ScreenCheck.apart("#sls-response-instruction", ".sls-challenge-label", 8),
                                ScreenCheck.apart(".sls-challenge-label", "#sls-challenge", 4))));
                admin.clearBruteForce(IbKeySteps.REALM, user.id());
            });
        }
        assertEquals(List.of(), problems, "layout problems (screenshots in " + ScreenCheck.SCREENS + ")");
    }

    private static void logIn(Chromium chromium, KeycloakServer server, IbKeySteps.TestUser user, String locale) {
        chromium.logIn(server.realmUrl(IbKeySteps.REALM), IbKeySteps.CLIENT, IbKeySteps.REDIRECT, locale,
                user.username(), user.password());
    }
}
