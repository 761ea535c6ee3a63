package dev.sls.chooser.it;

import dev.sls.it.BruteForce;
import static dev.sls.chooser.it.ChooserSteps.Given.CODE_CARD;
import static dev.sls.chooser.it.ChooserSteps.Given.OTP;
import static dev.sls.chooser.it.ChooserSteps.Given.SMS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sls.chooser.it.ChooserSteps.TestUser;
import dev.sls.mobile.it.PhoneConfig;
import dev.sls.mobile.it.PhoneSteps;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.KeycloakExtension;
import dev.sls.testkit.browser.Browser;
import dev.sls.testkit.browser.OidcLogin;
import dev.sls.testkit.browser.Page;
import dev.sls.testkit.browser.Tokens;
import dev.sls.testkit.gateway.FakeTwilio;
import dev.sls.testkit.server.KeycloakServer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * "Select Second Factor Device" (F11) on the demo realm's flow: a person with several devices picks one after the
 * password, can go back from a device's screen and pick another without the login restarting or any counter being
 * reset, and sees devices that cannot be used now greyed with the reason; a person with one device goes straight to it.
 */
@ExtendWith(KeycloakExtension.class)
class DeviceChooserTest {

    private static FakeTwilio twilio;

    @BeforeAll
    static void startTwilio() {
        twilio = FakeTwilio.start();
    }

    @AfterAll
    static void stopTwilio() {
        twilio.close();
    }

    @Test
    void twoDevicesAreOfferedAfterThePasswordAndEachLeadsToItsOwnScreen(KeycloakServer server, AdminClient admin) {
        TestUser user = ChooserSteps.person(admin, "two", Set.of(CODE_CARD, SMS));
        try (PhoneConfig ignored = PhoneSteps.twilio(admin, server, twilio, Map.of())) {
            Page chooser = ChooserSteps.password(server, new Browser(), user);
            assertEquals("Select Second Factor Device", chooser.document().selectFirst("#kc-page-title").text(),
                    chooser::describe);
            assertEquals(List.of("sls-sms", "sls-code-card"), ChooserSteps.types(chooser));
            Element sms = ChooserSteps.row(chooser, "sls-sms");
            assertTrue(sms.text().contains("SMS and voice codes"), sms::text);
            assertTrue(sms.text().contains(user.e164().substring(user.e164().length() - 2)), sms::text);
            assertFalse(sms.text().contains(user.e164()), "the number is masked: " + sms.text());
            assertTrue(sms.text().contains("Level 2"), sms::text);
            assertTrue(ChooserSteps.row(chooser, "sls-code-card").text().contains("Card of " + user.username()));
            assertTrue(ChooserSteps.row(chooser, "sls-code-card").text().contains("Level 1"));

            Page smsPage = ChooserSteps.choose(chooser, "sls-sms");
            assertTrue(smsPage.has(ChooserSteps.SMS_FORM), smsPage::describe);
            assertTrue(twilio.lastMessage(user.e164()).isPresent(), twilio::describe);
            Page done = smsPage.form(ChooserSteps.SMS_FORM)
                    .set("sls-code", PhoneSteps.codeIn(twilio.lastMessage(user.e164()).orElseThrow()))
                    .submit("kc-login");
            Tokens tokens = OidcLogin.finish(done);
            assertEquals(user.username(), tokens.idClaims().path("preferred_username").asText());
        }
    }

    @Test
    void goingBackToAnotherDeviceNeitherRestartsTheLoginNorResetsTheFailureCount(KeycloakServer server,
                                                                                 AdminClient admin) {
        TestUser user = ChooserSteps.person(admin, "back", Set.of(CODE_CARD, OTP));
        Page chooser = ChooserSteps.password(server, new Browser(), user);
        Page card = ChooserSteps.choose(chooser, "sls-code-card");
        Page wrong = ChooserSteps.answerCodeCardWrongly(card);
        assertTrue(wrong.errorText().contains("not correct"), wrong::describe);
        BruteForce.assertFailures(admin, ChooserSteps.REALM, user.id(), 1);

        Page again = ChooserSteps.useAnotherDevice(wrong);
        assertEquals(List.of("sls-code-card", "otp"), ChooserSteps.types(again));
        assertFalse(again.has("#kc-form-login"), "the login did not restart: " + again.describe());
        Page otp = ChooserSteps.choose(again, "otp");
        Page otpWrong = otp.form(ChooserSteps.OTP_FORM).set("otp", "000000").submit("kc-login");
        assertTrue(otpWrong.has(ChooserSteps.OTP_FORM), otpWrong::describe);
        BruteForce.assertFailures(admin, ChooserSteps.REALM, user.id(), 2); // Keycloak's count went on across the switch
        // Two failures within a second also trip Keycloak's quick-login check; the rest of the test needs no lock.
        admin.clearBruteForce(ChooserSteps.REALM, user.id());

        // Keycloak's own OTP page offers the way back too: "Try another way", worded by the sls theme.
        Page tryAnother = otpWrong.form("#kc-select-try-another-way-form").submit();
        assertTrue(tryAnother.has("#sls-select-authenticator"), tryAnother::describe);
        assertTrue(tryAnother.text().contains("All my devices"), tryAnother::describe);
        assertTrue(tryAnother.text().contains("Security Code Card"), "device names, not message keys: "
                + tryAnother.text());
        Page backToChooser = tryAnother.form("#sls-select-authenticator form").submit();
        Page cardAgain = ChooserSteps.choose(backToChooser, "sls-code-card");
        Tokens tokens = OidcLogin.finish(ChooserSteps.answerCodeCard(cardAgain));
        assertEquals(user.username(), tokens.idClaims().path("preferred_username").asText());
    }

    @Test
    void threeDevicesWithKeycloaksOwnOtpAndTheLastUsedOneSelectedNextTime(KeycloakServer server, AdminClient admin) {
        TestUser user = ChooserSteps.person(admin, "three", Set.of(CODE_CARD, SMS, OTP));
        Page chooser = ChooserSteps.password(server, new Browser(), user);
        assertEquals(List.of("sls-sms", "sls-code-card", "otp"), ChooserSteps.types(chooser));
        Element otpRow = ChooserSteps.row(chooser, "otp");
        assertTrue(otpRow.text().contains("Phone app"), otpRow::text);
        assertTrue(otpRow.text().contains("Level 2"), otpRow::text);
        assertEquals("sls-sms", checked(chooser), "nothing used yet: the first usable device is selected");

        Page otp = ChooserSteps.choose(chooser, "otp");
        assertTrue(otp.has(ChooserSteps.OTP_FORM), "Keycloak's own OTP step runs: " + otp.describe());
        Tokens tokens = OidcLogin.finish(ChooserSteps.answerOtp(otp, user));
        assertEquals(user.username(), tokens.idClaims().path("preferred_username").asText());

        Page next = ChooserSteps.password(server, new Browser(), user);
        assertEquals("otp", checked(next), "the device used last time is selected");
    }

    @Test
    void fourDevicesWithAPasskeyRegisteredByASoftwareAuthenticatorRunKeycloaksOwnWebAuthnStep(KeycloakServer server,
                                                                                             AdminClient admin) {
        TestUser user = ChooserSteps.person(admin, "four", Set.of(CODE_CARD, SMS, OTP));
        admin.addRequiredAction(ChooserSteps.REALM, user.id(), "webauthn-register");
        SoftwarePasskey passkey = new SoftwarePasskey(server.baseUrl());
        Page register = ChooserSteps.answerCodeCard(ChooserSteps.choose(
                ChooserSteps.password(server, new Browser(), user), "sls-code-card"));
        OidcLogin.finish(passkey.register(register, "Test passkey"));

        Page chooser = ChooserSteps.password(server, new Browser(), user);
        assertEquals(List.of("sls-sms", "sls-code-card", "otp", "webauthn"), ChooserSteps.types(chooser));
        Element passkeyRow = ChooserSteps.row(chooser, "webauthn");
        assertTrue(passkeyRow.text().contains("Test passkey"), passkeyRow::text);
        assertTrue(passkeyRow.text().contains("Level 3"), passkeyRow::text);
        assertEquals("sls-code-card", checked(chooser), "the card was used last");
        Page webauthn = ChooserSteps.choose(chooser, "webauthn");
        assertTrue(webauthn.has(SoftwarePasskey.LOGIN_FORM), "Keycloak's own WebAuthn step runs: " + webauthn.describe());
        Tokens tokens = OidcLogin.finish(passkey.authenticate(webauthn));
        assertEquals(user.username(), tokens.idClaims().path("preferred_username").asText());
        assertEquals("webauthn", tokens.idClaims().path("sls_device").path("type").asText());
        assertEquals("sls-level-3", tokens.idClaims().path("acr").asText());
    }

    @Test
    void aPersonWithOneDeviceGoesStraightToItWithNothingToSwitchTo(KeycloakServer server, AdminClient admin) {
        TestUser user = ChooserSteps.person(admin, "one", Set.of(CODE_CARD));
        Page card = ChooserSteps.password(server, new Browser(), user);
        assertTrue(card.has(ChooserSteps.CODE_CARD_FORM), card::describe);
        assertFalse(card.has(ChooserSteps.SWITCH_FORM), card::describe);
        assertFalse(card.has("#kc-select-try-another-way-form"), card::describe);
    }

    @Test
    void aDeviceThatCannotBeUsedNowIsGreyedWithTheReasonAndAForgedPickIsRefusedByItsOwnScreen(
            KeycloakServer server, AdminClient admin) {
        TestUser user = ChooserSteps.person(admin, "capped", Set.of(CODE_CARD, SMS));
        try (PhoneConfig ignored = PhoneSteps.twilio(admin, server, twilio,
                Map.of("sls.phone.max-per-user-hour", "1"))) {
            Page first = ChooserSteps.choose(ChooserSteps.password(server, new Browser(), user), "sls-sms");
            assertTrue(first.has(ChooserSteps.SMS_FORM), first::describe);

            Page chooser = ChooserSteps.password(server, new Browser(), user);
            Element sms = ChooserSteps.row(chooser, "sls-sms");
            assertTrue(sms.hasClass("sls-device-unavailable"), sms::outerHtml);
            assertTrue(sms.selectFirst("input").hasAttr("disabled"), sms::outerHtml);
            assertTrue(sms.text().contains("Too many codes were sent. Available again in"), sms::text);
            assertEquals("sls-code-card", checked(chooser));

            // A post the page did not offer: Keycloak lets it through (the step is there), the SMS step says why not.
            String smsStep = sms.selectFirst("input").attr("value");
            Page forged = chooser.form(ChooserSteps.CHOOSER_FORM).set("authenticationExecution", smsStep)
                    .submit("sls-choose");
            assertEquals(200, forged.status(), forged::describe);
            assertTrue(forged.errorText().contains("Too many codes were requested"), forged::describe);
        }
    }

    @Test
    void aStepTheLoginDoesNotOfferGetsKeycloaksOwnErrorPageAndNoServerError(KeycloakServer server,
                                                                           AdminClient admin) {
        TestUser user = ChooserSteps.person(admin, "forged", Set.of(CODE_CARD, OTP));
        String levelFourStep = admin.get("/" + ChooserSteps.REALM + "/authentication/flows/"
                        + AdminClient.enc("sls level 4") + "/executions").findValues("id").stream()
                .map(id -> id.asText()).reduce((a, b) -> b).orElseThrow();
        for (String forged : List.of(levelFourStep, "not-an-execution")) {
            Page chooser = ChooserSteps.password(server, new Browser(), user);
            Page answer = chooser.form(ChooserSteps.CHOOSER_FORM).set("authenticationExecution", forged)
                    .submit("sls-choose");
            assertEquals(400, answer.status(), forged + " → " + answer.describe());
            assertFalse(answer.isRedirect(), answer::describe);
        }
        Page none = ChooserSteps.password(server, new Browser(), user).form(ChooserSteps.CHOOSER_FORM).set("authenticationExecution", "").submit("sls-choose");
        assertEquals(200, none.status(), none::describe);
        assertTrue(none.has(ChooserSteps.CHOOSER_FORM), "nothing picked: the chooser again, " + none.describe());
    }

    private static String checked(Page chooser) {
        return ChooserSteps.rows(chooser).stream().filter(row -> row.selectFirst("input").hasAttr("checked"))
                .map(row -> row.attr("data-sls-type")).findFirst().orElse("");
    }
}
