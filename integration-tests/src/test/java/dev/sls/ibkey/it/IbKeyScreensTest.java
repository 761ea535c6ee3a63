package dev.sls.ibkey.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sls.ibkey.app.IbKeyApp;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.KeycloakExtension;
import dev.sls.testkit.browser.Browser;
import dev.sls.testkit.browser.OidcLogin;
import dev.sls.testkit.browser.Page;
import dev.sls.testkit.server.KeycloakServer;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every IB Key screen in English, Japanese and French, in the seeds' words, with no untranslated key left showing:
 * the challenge/response page asks for the response string and is sent with "OK", as the seeds' login screen is.
 */
@ExtendWith(KeycloakExtension.class)
class IbKeyScreensTest {

    @ParameterizedTest
    @CsvSource({
        "en, Activate IB Key, Login request, IB Key Challenge/Response, Click here if you do not receive the notification,"
                + " Response string",
        "ja, IB Keyの有効化, ログインリクエスト, IB Key チャレンジ/レスポンス, 通知が受信できない場合にはこちらをクリック,"
                + " レスポンス・ストリング",
        "fr, Activer IB Key, Demande de connexion, IB Key : challenge/réponse,"
                + " Cliquez ici si vous ne recevez pas la notification, Chaîne de réponse",
    })
    void screensAreTranslated(String lang, String activateTitle, String pushTitle, String responseTitle,
                              String noNotification, String responseLabel, KeycloakServer server, AdminClient admin) {
        IbKeySteps.TestUser user = IbKeySteps.newUser(admin, "screens-" + lang);
        IbKeyApp app = IbKeyApp.install("phone", "android");
        Page activation = IbKeySteps.password(server, new Browser().acceptLanguage(lang), user);
        assertScreen(activation, lang, activateTitle);
        OidcLogin.finish(IbKeySteps.activateByQr(activation, app).next());

        Page push = IbKeySteps.password(server, new Browser().acceptLanguage(lang), user);
        assertScreen(push, lang, pushTitle);
        assertEquals(noNotification, push.document().select("#sls-offline").text(), push::describe);

        Page response = push.form(IbKeySteps.PUSH_OPTIONS).submit("sls-offline");
        assertScreen(response, lang, responseTitle);
        assertEquals(responseLabel, response.document().select("label[for=sls-response]").text(), response::describe);
        assertEquals("OK", response.document().select("#sls-response-form #kc-login").text(), response::describe);
    }

    private static void assertScreen(Page page, String lang, String heading) {
        assertEquals(200, page.status(), page::describe);
        assertEquals(lang, page.lang(), page::describe);
        assertTrue(page.document().select("#kc-page-title").text().contains(heading), page::describe);
        assertFalse(page.text().contains("slsIbKey"), "untranslated message key on " + page.describe());
        assertFalse(page.html().contains("ocra"), "no secret material in page source");
    }
}
