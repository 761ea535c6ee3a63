package dev.sls.sms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sls.mobile.it.PhoneSteps.TestUser;
import dev.sls.mobile.it.PhoneSteps;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.KeycloakExtension;
import dev.sls.testkit.browser.Browser;
import dev.sls.testkit.browser.Page;
import dev.sls.testkit.server.KeycloakServer;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The SMS and mobile-number screens in English, Japanese and French, with no untranslated key left showing. */
@ExtendWith(KeycloakExtension.class)
class SmsScreensTest {

    @ParameterizedTest
    @CsvSource({
        "en, Security code, Didn't receive a security code?, Mobile numbers, Confirm your mobile number, United States,"
                + " Confirm Code, CONTINUE",
        "ja, セキュリティコード, セキュリティコードが届かない場合は？, 携帯電話番号, 携帯電話番号の確認, 日本, 確認コード, 次に進む",
        "fr, Code de sécurité, Vous n'avez pas reçu de code de sécurité ?, Numéros de mobile, Confirmer votre numéro de mobile,"
                + " France, Code de confirmation, Continuer",
    })
    void screensAreTranslated(String lang, String loginTitle, String noCode, String numbersTitle, String confirmTitle,
                              String country, String codeLabel, String confirmButton, KeycloakServer server,
                              AdminClient admin) {
        TestUser smsUser = PhoneSteps.smsUser(admin, "screens-" + lang, PhoneSteps.fictionalNumber());
        Page login = PhoneSteps.password(server, new Browser().acceptLanguage(lang), smsUser);
        assertScreen(login, lang, loginTitle);
        assertEquals(noCode, login.document().select("#sls-no-code").text(), login::describe);

        TestUser newcomer = PhoneSteps.newUser(admin, "numbers-" + lang);
        admin.addRequiredAction(PhoneSteps.REALM, newcomer.id(), PhoneSteps.ACTION);
        Page numbers = PhoneSteps.password(server, new Browser().acceptLanguage(lang), newcomer);
        assertScreen(numbers, lang, numbersTitle);
        assertTrue(numbers.document().select("#sls-country option[selected]").text().startsWith(country),
                "the country picker starts on the language's country: " + numbers.describe());

        Page confirm = numbers.form("#sls-phone-add-form").set("sls-country", "US")
                .set("sls-number", PhoneSteps.fictionalNumber()).submit("sls-add");
        assertScreen(confirm, lang, confirmTitle);
        assertEquals(codeLabel, confirm.document().select("label[for=sls-code]").text(), confirm::describe);
        assertEquals(confirmButton, confirm.document().select("#sls-confirm").text(), confirm::describe);
    }

    private static void assertScreen(Page page, String lang, String heading) {
        assertEquals(200, page.status(), page::describe);
        assertEquals(lang, page.lang(), page::describe);
        assertTrue(page.document().select("#kc-page-title").text().contains(heading), page::describe);
        assertFalse(page.text().contains("slsSms") || page.text().contains("slsPhone"),
                "untranslated message key on " + page.describe());
    }
}
