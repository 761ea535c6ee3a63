package dev.sls.codecard.it;

import static dev.sls.codecard.it.CodeCardSteps.REALM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sls.testkit.AdminClient;
import dev.sls.testkit.KeycloakExtension;
import dev.sls.testkit.browser.Browser;
import dev.sls.testkit.browser.Page;
import dev.sls.testkit.server.KeycloakServer;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every code-card screen in English, Japanese and French, with no untranslated key left showing. */
@ExtendWith(KeycloakExtension.class)
class CodeCardScreensTest {

    @ParameterizedTest
    @CsvSource({
        "en, Security Code Card, Your new Security Code Card, Activate your Security Code Card",
        "ja, セキュリティコードカード, 新しいセキュリティコードカード, セキュリティコードカードの有効化",
        "fr, Carte de codes de sécurité, Votre nouvelle carte de codes de sécurité, Activer votre carte de codes de sécurité",
    })
    void screensAreTranslated(String lang, String loginTitle, String issueTitle, String activateTitle,
                              KeycloakServer server, AdminClient admin) {
        Page login = CodeCardSteps.password(server, new Browser().acceptLanguage(lang), "bob", "bob-demo-password");
        assertScreen(login, lang, loginTitle);

        CodeCardSteps.TestUser user = CodeCardSteps.newUser(admin, "lang-" + lang);
        Page issue = CodeCardSteps.password(server, new Browser().acceptLanguage(lang), user);
        assertScreen(issue, lang, issueTitle);
        assertTrue(issue.has("#sls-print"), issue::describe);

        Page activation = issue.form(CodeCardSteps.PRINTED_FORM).submit("sls-printed");
        assertScreen(activation, lang, activateTitle);
    }

    private static void assertScreen(Page page, String lang, String heading) {
        assertEquals(200, page.status(), page::describe);
        assertEquals(lang, page.lang(), page::describe);
        assertTrue(page.document().select("#kc-page-title").text().contains(heading), page::describe);
        assertFalse(page.text().contains("slsCodeCard"), "untranslated message key on " + page.describe());
    }
}
