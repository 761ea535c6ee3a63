package dev.sls.dscplus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sls.dscplus.simulator.CardVendor;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.KeycloakExtension;
import dev.sls.testkit.browser.Browser;
import dev.sls.testkit.browser.Page;
import dev.sls.testkit.server.KeycloakServer;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The DSC+ and temporary-access screens in English, Japanese and French, with the card's own words kept. */
@ExtendWith(KeycloakExtension.class)
class DscPlusScreensTest {

    @ParameterizedTest
    @CsvSource({
        "en, Activate your DSC+, Digital Security Card+, Temporary code",
        "ja, DSC+の有効化, デジタルセキュリティカード＋, 一時コード",
        "fr, Activer votre DSC+, Digital Security Card+, Code temporaire",
    })
    void screensAreTranslated(String lang, String activateTitle, String loginTitle, String temporaryTitle,
                              KeycloakServer server, AdminClient admin) {
        DscPlusSteps.TestUser user = DscPlusSteps.newUser(admin, "dsc-lang-" + lang);
        CardVendor.MadeCard made = DscPlusSteps.importBatch(admin, 1).cards().get(0);
        DscPlusSteps.assign(admin, made.serial(), user);
        Browser browser = new Browser().acceptLanguage(lang);
        Page serial = DscPlusSteps.password(server, browser, user.username(), user.password());
        assertScreen(serial, lang, activateTitle);
        Page prove = serial.form("#sls-dscplus-serial-form").set("sls-serial", made.serial()).submit("sls-continue");
        assertScreen(prove, lang, activateTitle);
        assertCardWords(prove);
        String response = DscPlusSteps.respond(made.card(null), DscPlusSteps.PIN, DscPlusSteps.challenge(prove));
        prove.form("#sls-dscplus-activate-form").set("sls-pin", DscPlusSteps.PIN).set("sls-pin-confirm", DscPlusSteps.PIN)
                .set("sls-response", response).submit("sls-continue");

        Page login = DscPlusSteps.password(server, new Browser().acceptLanguage(lang), user.username(), user.password());
        assertScreen(login, lang, loginTitle);
        assertCardWords(login);

        DscPlusSteps.TestUser helped = DscPlusSteps.newUser(admin, "temp-lang-" + lang);
        admin.post("/" + DscPlusSteps.REALM + "/sls/temporary/users/" + helped.id(), AdminClient.object().put("kind", "code"));
        Page temporary = DscPlusSteps.password(server, new Browser().acceptLanguage(lang), helped.username(), helped.password());
        assertScreen(temporary, lang, temporaryTitle);
        assertTrue(temporary.has("#sls-temporary-validity"), temporary::describe);
    }

    private static void assertCardWords(Page page) {
        String steps = page.document().select("#sls-dscplus-steps").text();
        assertTrue(steps.contains("PIN>") && steps.contains("CHALLNG>"), steps);
    }

    private static void assertScreen(Page page, String lang, String heading) {
        assertEquals(200, page.status(), page::describe);
        assertEquals(lang, page.lang(), page::describe);
        assertTrue(page.document().select("#kc-page-title").text().contains(heading), page::describe);
        assertFalse(page.text().contains("slsDscPlus") || page.text().contains("slsTemporary"),
                "untranslated message key on " + page.describe());
    }
}
