package dev.sls.codecard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sls.testkit.AdminClient;
import dev.sls.testkit.KeycloakExtension;
import dev.sls.testkit.browser.Chromium;
import dev.sls.testkit.browser.ScreenCheck;
import dev.sls.testkit.server.KeycloakServer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The code-card screens in a real browser, in every language, on a laptop and on a phone. */
@ExtendWith(KeycloakExtension.class)
class CodeCardScreenLayoutTest {

    private static final Duration PAGE = Duration.ofSeconds(15);

    @Test
    void everyCodeCardScreenKeepsItsLayout(KeycloakServer server, AdminClient admin) {
        assumeTrue(Chromium.find().isPresent(), "needs Chromium (the CI script installs it)");
        List<String> problems;
        try (Chromium chromium = Chromium.launch()) {
            problems = ScreenCheck.everyLanguageAndSize(chromium, (locale, suffix, found) -> {
                chromium.logIn(server.realmUrl(CodeCardSteps.REALM), CodeCardSteps.CLIENT, CodeCardSteps.REDIRECT,
                        locale, "bob", "bob-demo-password");
                chromium.waitUntil("document.querySelector('#sls-code-card-form')", PAGE);
                found.addAll(ScreenCheck.check(chromium, "codecard-login-" + suffix, null));

                CodeCardSteps.TestUser user = CodeCardSteps.newUser(admin, "layout");
                chromium.clearCookies();
                chromium.logIn(server.realmUrl(CodeCardSteps.REALM), CodeCardSteps.CLIENT, CodeCardSteps.REDIRECT,
                        locale, user.username(), user.password());
                chromium.waitUntil("document.querySelector('#sls-code-card-sheet')", PAGE);
                found.addAll(ScreenCheck.check(chromium, "codecard-issue-" + suffix,
                        ScreenCheck.apart(".sls-cell-index", ".sls-cell-code", 3)));

                chromium.eval("document.querySelector('#sls-printed').click();true");
                chromium.waitUntil("document.querySelector('#sls-code-card-activate-form')", PAGE);
                found.addAll(ScreenCheck.check(chromium, "codecard-activate-" + suffix, null));
            });
        }
        assertEquals(List.of(), problems, "layout problems (screenshots in " + ScreenCheck.SCREENS + ")");
    }
}
