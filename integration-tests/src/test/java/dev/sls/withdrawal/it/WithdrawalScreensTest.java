package dev.sls.withdrawal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sls.it.WithdrawalApp;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.KeycloakExtension;
import dev.sls.testkit.browser.Browser;
import dev.sls.testkit.browser.Page;
import dev.sls.testkit.server.KeycloakServer;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The page refusing a withdrawal the device cannot confirm, in English, Japanese and French. */
@ExtendWith(KeycloakExtension.class)
class WithdrawalScreensTest {

    @BeforeAll
    static void theAdminAddsTheClaim(AdminClient admin) {
        WithdrawalApp.addClaimScope(admin);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en|Confirm a withdrawal|Withdrawal to confirm: $250,000.00|To: ACME Brokerage"
                + "|Your Security Code Card can confirm withdrawals of up to $200,000.00 in one business day"
                + "|you need this device: IB Key (Mobile Authentication)|Cancel the withdrawal",
        "ja|出金の確認|確認する出金額：$250,000.00|振込先：ACME Brokerage"
                + "|お使いのセキュリティコードカードで確認できる出金は1営業日あたり$200,000.00まで"
                + "|次のデバイスが必要です：IB Key（モバイル認証）|出金をキャンセル",
        "fr|Confirmer un retrait|Retrait à confirmer : 250\u202F000,00 $US|Bénéficiaire : ACME Brokerage"
                + "|Cet appareil (Carte de codes de sécurité) permet de confirmer jusqu'à 200\u202F000,00 $US de retraits"
                + " par jour"
                + "|il vous faut cet appareil : IB Key (authentification mobile)|Annuler le retrait",
    })
    void theRefusalIsTranslated(String lang, String title, String amount, String payee, String reason, String needed,
                                String cancel, KeycloakServer server) {
        Page login = new WithdrawalApp(server).begin(new Browser().acceptLanguage(lang),
                List.of(WithdrawalApp.withdrawal("250000", "USD", "ACME Brokerage")), true);
        Page page = login.form("#kc-form-login").set("username", "bob").set("password", "bob-demo-password")
                .submit("kc-login");
        assertEquals(200, page.status(), page::describe);
        assertEquals(lang, page.lang(), page::describe);
        assertTrue(page.document().select("#kc-page-title").text().contains(title), page::describe);
        for (String expected : List.of(amount, payee, reason, needed, cancel)) {
            assertTrue(page.text().contains(expected), expected + " on " + page.describe());
        }
        assertFalse(page.text().contains("slsWithdrawal") || page.text().contains("display-name"),
                "untranslated message key on " + page.describe());
    }
}
