package dev.sls.sms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sls.mobile.it.PhoneConfig;
import dev.sls.mobile.it.PhoneSteps.TestUser;
import dev.sls.mobile.it.PhoneSteps;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.KeycloakExtension;
import dev.sls.testkit.browser.Browser;
import dev.sls.testkit.browser.OidcLogin;
import dev.sls.testkit.browser.Page;
import dev.sls.testkit.browser.Tokens;
import dev.sls.testkit.gateway.FakeTwilio.Failure;
import dev.sls.testkit.gateway.FakeTwilio;
import dev.sls.testkit.server.KeycloakServer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Didn't receive a security code?": the voice callback reading the code in the person's language, and every Twilio
 * failure ending on a page that still offers a way in (the other channel or another device).
 */
@ExtendWith(KeycloakExtension.class)
@SuppressWarnings("try") // the PhoneConfig resources only restore the realm's settings
class SmsFallbackTest {

    private static final Pattern SAY = Pattern.compile(
            "<Say language=\"([^\"]+)\" voice=\"([^\"]+)\"><prosody rate=\"slow\">([^<]*(?:<break[^>]*/>[^<]*)*)</prosody></Say>");
    private static final FakeTwilio twilio = FakeTwilio.shared();

    @ParameterizedTest
    @CsvSource({
        "en, en-US, Polly.Joanna, Your security code is",
        "ja, ja-JP, Polly.Mizuki, あなたのセキュリティコードは",
        "fr, fr-FR, Polly.Lea, Votre code de sécurité est",
    })
    void theVoiceCallbackReadsTheCodeDigitByDigitTwiceSlowlyInTheUsersLanguage(String lang, String language,
            String voice, String intro, KeycloakServer server, AdminClient admin) {
        String number = PhoneSteps.fictionalNumber();
        TestUser user = PhoneSteps.smsUser(admin, "voice-" + lang, number);
        try (PhoneConfig ignored = PhoneSteps.twilio(admin, server, twilio, Map.of())) {
            Page page = PhoneSteps.password(server, new Browser().acceptLanguage(lang), user);
            String smsCode = SmsSteps.lastSmsCode(twilio, number);

            Page calling = SmsSteps.resend(page, "voice");
            assertTrue(calling.has("#sls-sms-sent"), calling::describe);
            FakeTwilio.Received call = twilio.lastCall(number).orElseThrow(() -> new AssertionError(twilio.describe()));
            assertEquals("/2010-04-01/Accounts/" + PhoneSteps.ACCOUNT_SID + "/Calls.json", call.path());
            assertEquals(PhoneSteps.FROM, call.form().get("From"));
            assertEquals(PhoneSteps.ACCOUNT_SID, call.username());
            String twiml = call.form().get("Twiml");
            assertTrue(twiml.startsWith("<?xml") || twiml.startsWith("<Response>"), twiml);
            assertTrue(twiml.contains(">" + intro + "</Say>"), twiml);

            Matcher digits = SAY.matcher(twiml);
            int readings = 0;
            while (digits.find()) {
                readings++;
                assertEquals(language, digits.group(1), twiml);
                assertEquals(voice, digits.group(2), twiml);
                assertEquals(smsCode, digits.group(3).replaceAll("<break time=\"700ms\"/>", ""),
                        "the same code as the SMS, digit by digit: " + twiml);
                assertEquals(5, digits.group(3).split("<break", -1).length - 1, "a pause between digits: " + twiml);
            }
            assertEquals(2, readings, "the code is read twice: " + twiml);

            Tokens tokens = OidcLogin.finish(SmsSteps.type(calling, smsCode));
            assertEquals(user.username(), tokens.accessClaims().path("preferred_username").asText());
        }
    }

    @ParameterizedTest
    @CsvSource({
        "400, 21211, not a valid mobile number",
        "429, 20429, busy",
        "400, 21408, cannot be sent this way",
        "400, 21612, could not be delivered",
        "503, 0, could not be reached",
        "401, 20003, cannot be sent from this site",
    })
    void aTwilioFailureIsExplainedAndTheVoiceCallbackStillLogsIn(int status, int code, String explained,
            KeycloakServer server, AdminClient admin) {
        String number = PhoneSteps.fictionalNumber();
        TestUser user = PhoneSteps.smsUser(admin, "fail-" + code, number);
        try (PhoneConfig ignored = PhoneSteps.twilio(admin, server, twilio, Map.of())) {
            twilio.failNext(Failure.error(status, code));
            Page failed = PhoneSteps.password(server, new Browser(), user);

            assertTrue(failed.errorText().contains(explained), failed::describe);
            assertTrue(failed.errorText().contains("another of your devices"), failed::describe);
            assertTrue(!failed.has(SmsSteps.FORM) && failed.has("#sls-resend-voice"),
                    "nothing went out, so no code is asked for: " + failed.describe());
            assertFalse(failed.text().contains("Enter the security code sent to"), failed::describe);

            Page calling = SmsSteps.resend(failed, "voice");
            assertTrue(calling.has("#sls-sms-sent"), calling::describe);
            Tokens tokens = OidcLogin.finish(SmsSteps.type(calling, voiceCode(number)));
            assertEquals(user.username(), tokens.accessClaims().path("preferred_username").asText());
        }
    }

    @Test
    void aTwilioThatDoesNotAnswerHoldsTheLoginOnlyForItsTimeout(KeycloakServer server, AdminClient admin) {
        String number = PhoneSteps.fictionalNumber();
        TestUser user = PhoneSteps.smsUser(admin, "slow", number);
        try (PhoneConfig ignored = PhoneSteps.twilio(admin, server, twilio, Map.of("sls.phone.twilio.timeout", "1"))) {
            twilio.failNext(Failure.slow(Duration.ofSeconds(4)));
            Instant start = Instant.now();
            Page failed = PhoneSteps.password(server, new Browser(), user);
            Duration took = Duration.between(start, Instant.now());

            assertTrue(took.compareTo(Duration.ofSeconds(3)) < 0, "the login waited " + took);
            assertTrue(failed.errorText().contains("could not be reached"), failed::describe);
            Page calling = SmsSteps.resend(failed, "voice");
            Tokens tokens = OidcLogin.finish(SmsSteps.type(calling, voiceCode(number)));
            assertEquals(user.username(), tokens.accessClaims().path("preferred_username").asText());
            List<String> amr = new ArrayList<>();
            tokens.idClaims().path("amr").forEach(value -> amr.add(value.asText()));
            assertTrue(amr.contains("tel") && !amr.contains("sms"), "a code read out in a call is RFC 8176's tel: " + amr);
        }
    }

    @Test
    void theLogSenderRefusesToSendInARealmThatIsNotADemoRealm(KeycloakServer server, AdminClient admin) {
        String number = PhoneSteps.fictionalNumber();
        TestUser user = PhoneSteps.smsUser(admin, "nodemo", number);
        var realm = (com.fasterxml.jackson.databind.node.ObjectNode) admin.get("/" + PhoneSteps.REALM);
        ((com.fasterxml.jackson.databind.node.ObjectNode) realm.get("attributes")).put("sls.demo-realm", "false");
        admin.put("/" + PhoneSteps.REALM, realm);
        try {
            Page refused = PhoneSteps.password(server, new Browser(), user);
            assertTrue(refused.errorText().contains("cannot be sent from this site"), refused::describe);
            assertFalse(refused.isRedirect(), refused::describe);
        } finally {
            ((com.fasterxml.jackson.databind.node.ObjectNode) realm.get("attributes")).put("sls.demo-realm", "true");
            admin.put("/" + PhoneSteps.REALM, realm);
        }
    }

    /** The digits the last call to {@code number} reads. */
    static String voiceCode(String number) {
        String twiml = twilio.lastCall(number).orElseThrow(() -> new AssertionError(twilio.describe()))
                .form().get("Twiml");
        Matcher matcher = SAY.matcher(twiml);
        assertTrue(matcher.find(), twiml);
        return matcher.group(3).replaceAll("<break[^>]*/>", "");
    }
}
