package dev.sls.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The screens speak the seed articles' words, one spelling per term and language: the glossary of issue 17. A word
 * the seeds do not use (or a second spelling of one they do) fails wherever it appears; the items the seeds name
 * screen by screen are pinned to their exact text. The broker's own names (IBKR, IBKR Mobile) never appear: the pack's
 * products are IB Key, the Digital Security Card+ and the Security Code Card.
 */
class SeedWordsTest {

    @ParameterizedTest(name = "{0} never says \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "en|IBKR", "en|helpdesk", "en|administrator", "en|challenge/response", "en|Confirmation code",
        "en|confirmation code",
        "ja|IBKR", "ja|ヘルプデスク", "ja|管理者", "ja|通知が届かない", "ja|レスポンス文字列", "ja|チャレンジ・レスポンス",
        "ja|チャレンジ・コード", "ja|デジタル・セキュリティ", "ja|セキュリティカード+", "ja|パスコードを生成",
        "ja|「IB Keyを有効化」", "ja|ショートメッセージ", "ja|認証済み", "ja|無効化されています", "ja|スマートフォン",
        "fr|IBKR", "fr|dispositif", "fr|support", "fr|assistance", "fr|administrateur", "fr|défi",
        "fr|Security Code Card",
    })
    void aWordTheSeedsDoNotUseIsAbsent(String language, String word) throws IOException {
        Properties messages = MessagesTest.load(language);
        for (String key : messages.stringPropertyNames()) {
            assertFalse(messages.getProperty(key).contains(word), key + ": " + messages.getProperty(key));
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "en|slsIbKeyNoNotification|Click here if you do not receive the notification",
        "en|slsIbKeyResponseLabel|Response string",
        "en|slsIbKeyResponseSubmit|OK",
        "en|slsPhoneCodeLabel|Confirm Code",
        "en|slsPhoneConfirm|CONTINUE",
        "en|slsPhoneVerified|SMS Verified",
        "en|slsChooserTitle|Select Second Factor Device",
        "en|slsOptOutBoxTitle|Secure Login Settings",
        "en|slsOptOutAlways|I want to always use my Secure Login Device when logging in",
        "en|slsOptOutNotRequired|Secure Login not required for trading",
        "en|slsOptOutUpdated|Your settings have been updated.",
        "en|slsSettingsShareDevice|Share Device",
        "ja|slsIbKeyNoNotification|通知が受信できない場合にはこちらをクリック",
        "ja|slsIbKeyResponseLabel|レスポンス・ストリング",
        "ja|slsIbKeyResponseTitle|IB Key チャレンジ/レスポンス",
        "ja|slsIbKeyResponseSubmit|OK",
        "ja|slsIbKeyActivateTitle|IB Keyの有効化",
        "ja|slsPhoneChannelSms|SMS（テキストメッセージ）",
        "ja|slsPhoneConfirm|次に進む",
        "ja|sls-dsc-plus-display-name|デジタルセキュリティカード＋（DSC+）",
        "fr|slsIbKeyNoNotification|Cliquez ici si vous ne recevez pas la notification",
        "fr|slsIbKeyChallengeLabel|Code de challenge",
        "fr|slsIbKeyResponseSubmit|OK",
        "fr|slsPhoneConfirm|Continuer",
        "fr|slsDeviceHow-sls-code-card|Obtenez une carte de codes de sécurité sous « Connexion » dans votre compte.",
    })
    void aScreenSaysWhatTheSeedsSay(String language, String key, String text) throws IOException {
        assertEquals(text, MessagesTest.load(language).getProperty(key));
    }

    @ParameterizedTest(name = "{0} {1} has \"{2}\"")
    @CsvSource(delimiter = '|', value = {
        "en|slsDscPlusBlockedHelp|Client Services",
        "en|slsDeviceHow-sls-ib-key|IB Key app",
        "en|slsIbKeyResponseInstructionPin|Generate Passcode",
        "ja|slsDscPlusBlockedHelp|クライアントサービス",
        "ja|slsIbKeyResponseInstructionPin|「パスコード作成」",
        "ja|slsIbKeyActivateStepOpen|「IB Keyの有効化」",
        "ja|slsDeviceHow-sls-ib-key|IB Keyアプリ",
        "fr|slsDscPlusBlockedHelp|Service clientèle",
        "fr|slsPhoneUseSms|authentification à 2 facteurs",
        "fr|slsPhoneTipOtherDevice|appareil de sécurité",
        "fr|slsDeviceHow-sls-ib-key|application IB Key",
    })
    void aSentenceUsesTheSeedsTerm(String language, String key, String term) throws IOException {
        String text = MessagesTest.load(language).getProperty(key);
        assertTrue(text.contains(term), key + ": " + text);
    }

    /** Every "Continue" button says the seeds' word: 次に進む, Continuer. */
    @Test
    void everyContinueIsTheSameWord() throws IOException {
        Properties english = MessagesTest.load("en");
        Properties japanese = MessagesTest.load("ja");
        Properties french = MessagesTest.load("fr");
        int buttons = 0;
        for (String key : english.stringPropertyNames()) {
            if (english.getProperty(key).equalsIgnoreCase("Continue")) {
                buttons++;
                assertEquals("次に進む", japanese.getProperty(key), key);
                assertEquals("Continuer", french.getProperty(key), key);
            }
        }
        assertEquals(5, buttons,
                "Continue buttons: IB Key push, DSC+ serial, chooser, number verification, Secure Login Settings");
    }

    /** One device, one name: the name on the device's own screens is the name the chooser lists it under. */
    @ParameterizedTest
    @CsvSource({"en", "ja", "fr"})
    void aDeviceIsSpelledOneWay(String language) throws IOException {
        Properties messages = MessagesTest.load(language);
        String dscPlus = messages.getProperty("slsDscPlusLoginTitle");
        assertTrue(messages.getProperty("sls-dsc-plus-display-name").startsWith(dscPlus + (language.equals("ja")
                ? "（DSC+）" : " (DSC+)")), language);
        assertTrue(messages.getProperty("slsDeviceHow-sls-dsc-plus").contains(dscPlus), language);
        assertTrue(messages.getProperty("slsDscPlusSerialInstruction").contains(dscPlus), language);
        String codeCard = messages.getProperty("slsCodeCardLoginTitle");
        assertEquals(codeCard, messages.getProperty("sls-code-card-display-name"), language);
        assertTrue(messages.getProperty("slsDeviceHow-sls-code-card").toLowerCase()
                .contains(codeCard.toLowerCase()), language);
    }
}
