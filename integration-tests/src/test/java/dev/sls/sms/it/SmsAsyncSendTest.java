package dev.sls.sms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sls.mobile.it.PhoneConfig;
import dev.sls.mobile.it.PhoneSteps;
import dev.sls.mobile.it.PhoneSteps.TestUser;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.KeycloakExtension;
import dev.sls.testkit.browser.Browser;
import dev.sls.testkit.browser.Chromium;
import dev.sls.testkit.browser.OidcLogin;
import dev.sls.testkit.browser.Page;
import dev.sls.testkit.gateway.FakeTwilio;
import dev.sls.testkit.gateway.FakeTwilio.Failure;
import dev.sls.testkit.server.KeycloakServer;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The page never waits for Twilio: it comes back saying the code is being sent, its wait (what sls-wait.js does)
 * hears Twilio's answer, and the page then says sent or, in the person's language, why not.
 */
@ExtendWith(KeycloakExtension.class)
@SuppressWarnings("try") // the PhoneConfig resources only restore the realm's settings
class SmsAsyncSendTest {

    private static final FakeTwilio twilio = FakeTwilio.shared();
    private static final Duration SLOW = Duration.ofSeconds(3);

    @Test
    void aSlowTwilioDoesNotHoldThePageWhichThenSaysSentAndTheCodeWorks(KeycloakServer server, AdminClient admin) {
        String number = PhoneSteps.fictionalNumber();
        TestUser user = PhoneSteps.smsUser(admin, "slowsms", number);
        try (PhoneConfig ignored = PhoneSteps.twilio(admin, server, twilio, Map.of())) {
            twilio.failNext(Failure.slow(SLOW));
            Browser browser = new Browser().pausingAtSends();
            Instant start = Instant.now();
            Page sending = PhoneSteps.password(server, browser, user);
            Duration took = Duration.between(start, Instant.now());

            assertTrue(took.compareTo(SLOW) < 0, "the page waited for Twilio: " + took);
            assertEquals(200, sending.status(), sending::describe);
            assertTrue(sending.has(Browser.SEND_STATUS_FORM), sending::describe);
            assertTrue(sending.text().contains("Sending a security code by SMS to"), sending::describe);
            assertEquals("pending", browser.sendState(sending, 0), "Twilio has not answered yet");
            assertFalse(sending.errorText().contains("could not"), sending::describe);

            Page sent = browser.followSend(sending);
            assertTrue(sent.text().contains("A security code was sent by SMS to"), sent::describe);
            assertFalse(sent.has(Browser.SEND_STATUS_FORM), sent::describe);
            Page next = SmsSteps.type(sent, SmsSteps.lastSmsCode(twilio, number));
            assertEquals(user.username(), OidcLogin.finish(next).accessClaims().path("preferred_username").asText());
        }
    }

    @Test
    void inARealBrowserThePageSaysSentInPlaceAndARefusalAfterAskingTheServer(KeycloakServer server,
                                                                             AdminClient admin) {
        assumeTrue(Chromium.find().isPresent(), "needs Chromium (the CI script installs it)");
        String number = PhoneSteps.fictionalNumber();
        TestUser user = PhoneSteps.smsUser(admin, "scriptsms", number);
        try (PhoneConfig ignored = PhoneSteps.twilio(admin, server, twilio, Map.of());
             Chromium chromium = Chromium.launch()) {
            twilio.failNext(Failure.slow(Duration.ofSeconds(2)));
            chromium.logIn(server.realmUrl(PhoneSteps.REALM), PhoneSteps.CLIENT, PhoneSteps.REDIRECT, "ja",
                    user.username(), user.password());
            chromium.waitUntil("document.querySelector('#sls-send-status')", Duration.ofSeconds(15));
            chromium.eval("document.querySelector('#sls-code').value = '12'; true");
            chromium.waitUntil("document.querySelector('#sls-sms-sent').textContent"
                    + ".includes('SMSで送信しました')", Duration.ofSeconds(15));
            assertEquals("12", chromium.eval("document.querySelector('#sls-code').value").asText(),
                    "the page was not reloaded: what was typed stays");

            twilio.failNext(Failure.slowError(Duration.ofSeconds(1), 400, 21612));
            chromium.eval("document.querySelector('#sls-code-help').open = true;"
                    + " document.querySelector('#sls-resend-voice').click(); true");
            chromium.waitUntil("document.body.textContent.includes('この方法では')"
                    + " && document.body.textContent.includes('コードを届けられませんでした')", Duration.ofSeconds(20));
            assertFalse(chromium.eval("document.body.textContent").asText().contains("slsPhone"));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en | is not a valid mobile number for the message service",
        "ja | はメッセージサービスで有効な携帯電話番号ではありません",
        "fr | n'est pas un numéro de mobile valide pour le service de messages",
    })
    void aRefusalHeardAfterThePageIsShownInThePersonsLanguage(String language, String explained,
            KeycloakServer server, AdminClient admin) {
        String number = PhoneSteps.fictionalNumber();
        TestUser user = PhoneSteps.smsUser(admin, "refused-" + language, number);
        try (PhoneConfig ignored = PhoneSteps.twilio(admin, server, twilio, Map.of())) {
            twilio.failNext(Failure.slowError(Duration.ofMillis(500), 400, 21211));
            Browser browser = new Browser().pausingAtSends().acceptLanguage(language);
            Page sending = PhoneSteps.password(server, browser, user);
            assertTrue(sending.has(Browser.SEND_STATUS_FORM), sending::describe);

            Page refused = browser.followSend(sending);
            assertEquals(200, refused.status(), refused::describe);
            assertTrue(refused.errorText().contains(explained), refused::describe);
            assertTrue(!refused.has(SmsSteps.FORM) && refused.has("#sls-resend-voice"),
                    "nothing went out, so no code is asked for: " + refused.describe());

            Page calling = browser.followSend(SmsSteps.resend(refused, "voice"));
            Page next = SmsSteps.type(calling, SmsFallbackTest.voiceCode(number));
            assertEquals(user.username(), OidcLogin.finish(next).accessClaims().path("preferred_username").asText());
        }
    }

    @Test
    void aCodeTypedBeforeThePageHeardTheRefusalIsAnsweredWithTheRefusal(KeycloakServer server, AdminClient admin) {
        String number = PhoneSteps.fictionalNumber();
        TestUser user = PhoneSteps.smsUser(admin, "refusedpost", number);
        try (PhoneConfig ignored = PhoneSteps.twilio(admin, server, twilio, Map.of())) {
            twilio.failNext(Failure.slowError(Duration.ofMillis(300), 400, 21612));
            Browser browser = new Browser().pausingAtSends();
            Page sending = PhoneSteps.password(server, browser, user);
            assertTrue(sending.has(SmsSteps.FORM), sending::describe);
            assertEquals("pending", browser.sendState(sending, 0), "Twilio has not answered yet");
            assertEquals("unreachable-number", browser.sendState(sending, 10));

            Page answered = SmsSteps.type(sending, "123456");
            assertEquals(200, answered.status(), answered::describe);
            assertTrue(answered.errorText().contains("could not be delivered"), answered::describe);
        }
    }

    @Test
    void aSlowVoiceCallbackSaysCallingOnceTwilioAnswered(KeycloakServer server, AdminClient admin) {
        String number = PhoneSteps.fictionalNumber();
        TestUser user = PhoneSteps.smsUser(admin, "slowvoice", number);
        try (PhoneConfig ignored = PhoneSteps.twilio(admin, server, twilio, Map.of())) {
            Browser browser = new Browser().pausingAtSends();
            Page first = browser.followSend(PhoneSteps.password(server, browser, user));
            twilio.failNext(Failure.slow(Duration.ofSeconds(1)));
            Page sending = SmsSteps.resend(first, "voice");
            assertTrue(sending.text().contains("Calling"), sending::describe);
            Page calling = browser.followSend(sending);
            assertTrue(calling.text().contains("We are calling"), calling::describe);
            Page next = SmsSteps.type(calling, SmsFallbackTest.voiceCode(number));
            assertEquals(user.username(), OidcLogin.finish(next).accessClaims().path("preferred_username").asText());
        }
    }
}
