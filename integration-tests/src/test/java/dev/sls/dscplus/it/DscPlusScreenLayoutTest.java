package dev.sls.dscplus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sls.dscplus.simulator.CardVendor;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.KeycloakExtension;
import dev.sls.testkit.browser.Chromium;
import dev.sls.testkit.browser.ScreenCheck;
import dev.sls.testkit.demo.DscPlusDemo;
import dev.sls.testkit.server.KeycloakServer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The DSC+ and temporary-access screens in a real browser, in every language, on a laptop and on a phone. */
@ExtendWith(KeycloakExtension.class)
class DscPlusScreenLayoutTest {

    private static final Duration PAGE = Duration.ofSeconds(15);

    @Test
    void everyDscPlusAndTemporaryScreenKeepsItsLayout(KeycloakServer server, AdminClient admin) {
        assumeTrue(Chromium.find().isPresent(), "needs Chromium (the CI script installs it)");
        DscPlusDemo.provision(server, admin);
        List<String> problems;
        try (Chromium chromium = Chromium.launch()) {
            problems = ScreenCheck.everyLanguageAndSize(chromium, (locale, suffix, found) -> {
                String realm = server.realmUrl(DscPlusSteps.REALM);
                chromium.clearCookies();
                chromium.logIn(realm, DscPlusDemo.CLIENT, DscPlusDemo.REDIRECT, locale, DscPlusDemo.CAROL,
                        DscPlusDemo.CAROLS_PASSWORD);
                chromium.waitUntil("document.querySelector('#sls-dscplus-form')", PAGE);
                found.addAll(ScreenCheck.check(chromium, "dscplus-login-" + suffix,
                        ScreenCheck.apart(".sls-challenge-label", "#sls-challenge", 4)));

                DscPlusSteps.TestUser user = DscPlusSteps.newUser(admin, "dsc-layout");
                CardVendor.MadeCard made = DscPlusSteps.importBatch(admin, 1).cards().get(0);
                DscPlusSteps.assign(admin, made.serial(), user);
                chromium.clearCookies();
                chromium.logIn(realm, DscPlusDemo.CLIENT, DscPlusDemo.REDIRECT, locale, user.username(), user.password());
                chromium.waitUntil("document.querySelector('#sls-dscplus-serial-form')", PAGE);
                found.addAll(ScreenCheck.check(chromium, "dscplus-serial-" + suffix, null));
                chromium.eval("document.querySelector('#sls-serial').value=" + Chromium.quote(made.serial())
                        + ";document.querySelector('#sls-serial-continue').click();true");
                chromium.waitUntil("document.querySelector('#sls-dscplus-activate-form')", PAGE);
                found.addAll(ScreenCheck.check(chromium, "dscplus-activate-" + suffix, null));

                DscPlusSteps.TestUser helped = DscPlusSteps.newUser(admin, "temp-layout");
                admin.post("/" + DscPlusSteps.REALM + "/sls/temporary/users/" + helped.id(), AdminClient.object().put("kind", "grid"));
                chromium.clearCookies();
                chromium.logIn(realm, DscPlusDemo.CLIENT, DscPlusDemo.REDIRECT, locale, helped.username(), helped.password());
                chromium.waitUntil("document.querySelector('#sls-temporary-form')", PAGE);
                found.addAll(ScreenCheck.check(chromium, "temporary-grid-" + suffix, null));
            });
        }
        assertEquals(List.of(), problems, "layout problems (screenshots in " + ScreenCheck.SCREENS + ")");
    }
}
