package dev.sls.mobile.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sls.testkit.AdminClient;
import dev.sls.testkit.KeycloakExtension;
import dev.sls.testkit.browser.Browser;
import dev.sls.testkit.browser.Page;
import dev.sls.testkit.gateway.FakeTwilio;
import dev.sls.testkit.server.KeycloakServer;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The text message with a code says how long the code lasts in the person's language, in the largest whole unit
 * and with the language's plural ("1 minute", "5分"), never "1 minutes"; and in the GSM
 * alphabet's plain spaces (a no-break space would make the message UCS-2).
 */
@ExtendWith(KeycloakExtension.class)
class CodeTextWordsTest {

    private static final FakeTwilio twilio = FakeTwilio.shared();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en | 60   | It expires in 1 minute. ",
            "en | 600  | It expires in 10 minutes. ",
            "fr | 60   | Il expire dans 1 minute. ",
            "fr | 300  | Il expire dans 5 minutes. ",
            "ja | 60   | 有効期間は1分です。",
            "ja | 300  | 有効期間は5分です。"})
    void theCodesLifetimeIsSaidInWords(String lang, String lifetime, String expected, KeycloakServer server,
                                       AdminClient admin) {
        PhoneSteps.TestUser user = PhoneSteps.newUser(admin, "words-" + lang);
        String number = PhoneSteps.fictionalNumber();
        try (PhoneConfig ignored = PhoneSteps.twilio(admin, server, twilio,
                Map.of("sls.phone.code-lifetime", lifetime))) {
            admin.addRequiredAction(PhoneSteps.REALM, user.id(), PhoneSteps.ACTION);
            Page numbers = PhoneSteps.password(server, new Browser().acceptLanguage(lang), user);
            Page confirm = numbers.form("#sls-phone-add-form").set("sls-country", "US").set("sls-number", number)
                    .submit("sls-add");
            assertTrue(confirm.has("#sls-phone-confirm-form"), confirm::describe);
            String body = twilio.lastMessage(number).orElseThrow(() -> new AssertionError(twilio.describe()))
                    .form().getOrDefault("Body", "");
            assertTrue(body.contains(expected.strip()), () -> "'" + expected.strip() + "' not in: " + body);
            assertTrue(body.chars().noneMatch(c -> c == '\u00A0' || c == '\u2011' || c == '\u202F'), body);
        }
    }
}
