package dev.sls.mobile.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sls.mobile.it.PhoneSteps.TestUser;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.KeycloakExtension;
import dev.sls.testkit.browser.Browser;
import dev.sls.testkit.browser.Page;
import dev.sls.testkit.gateway.FakeTwilio;
import dev.sls.testkit.server.KeycloakServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "Verify mobile number" (F10): add a number, confirm it with the code sent to it, and the seeds' auto-enrolment. */
@ExtendWith(KeycloakExtension.class)
@SuppressWarnings("try") // the PhoneConfig resources only restore the realm's settings
class NumberVerificationTest {

    static final String ADD_FORM = "#sls-phone-add-form";
    static final String CONFIRM_FORM = "#sls-phone-confirm-form";
    private static final FakeTwilio twilio = FakeTwilio.shared();

    /** A new user asked to verify a number: the action runs before anything gives them a device. */
    static Page numbersPage(KeycloakServer server, AdminClient admin, TestUser user, String lang) {
        admin.addRequiredAction(PhoneSteps.REALM, user.id(), PhoneSteps.ACTION);
        Page page = PhoneSteps.password(server, new Browser().acceptLanguage(lang), user);
        assertTrue(page.has(ADD_FORM), page::describe);
        return page;
    }

    static Page add(Page page, String country, String number) {
        return page.form(ADD_FORM).set("sls-country", country).set("sls-number", number).submit("sls-add");
    }

    @Test
    void aConfirmedNumberIsVerifiedAndAUserWithoutDeviceIsEnrolledInSms(KeycloakServer server, AdminClient admin) {
        TestUser user = PhoneSteps.newUser(admin, "verify");
        String number = PhoneSteps.fictionalNumber();
        try (PhoneConfig ignored = PhoneSteps.twilio(admin, server, twilio, Map.of())) {
            Page confirm = add(numbersPage(server, admin, user, "en"), "US", number.substring(2));
            assertTrue(confirm.has(CONFIRM_FORM), confirm::describe);
            assertTrue(confirm.text().contains("+1 ••• ••• " + number.substring(number.length() - 2)), confirm.text());
            FakeTwilio.Received sms = twilio.lastMessage(number).orElseThrow(() -> new AssertionError(twilio.describe()));
            assertEquals(PhoneSteps.AUTH_TOKEN, sms.password());

            Page wrong = confirm.form(CONFIRM_FORM).set("sls-code", "12345").submit("sls-confirm");
            assertTrue(wrong.errorText().contains("not correct"), wrong::describe);
            Page verified = wrong.form(CONFIRM_FORM).set("sls-code", PhoneSteps.codeIn(sms)).submit("sls-confirm");
            assertTrue(verified.has("#sls-phone-notice") && verified.text().contains("verified"), verified::describe);

            JsonNode attributes = admin.get("/" + PhoneSteps.REALM + "/users/" + user.id()).path("attributes");
            assertEquals(number, attributes.path("phoneNumber").path(0).asText(), attributes::toString);
            assertEquals("true", attributes.path("phoneNumberVerified").path(0).asText(), attributes::toString);
            assertEquals(number, attributes.path("slsPhoneNumbersVerified").path(0).asText(), attributes::toString);
            assertTrue(types(admin, user).contains("sls-sms"), "enrolled in SMS: " + types(admin, user));

            Page next = verified.form("#sls-phone-done-form").submit("sls-done");
            assertFalse(next.has(ADD_FORM), "done leaves the action: " + next.describe());
        }
    }

    @Test
    void aSlowTwilioDoesNotHoldTheConfirmPageAndARefusalIsShownThere(KeycloakServer server, AdminClient admin) {
        TestUser user = PhoneSteps.newUser(admin, "verifyslow");
        String number = PhoneSteps.fictionalNumber();
        try (PhoneConfig ignored = PhoneSteps.twilio(admin, server, twilio, Map.of())) {
            admin.addRequiredAction(PhoneSteps.REALM, user.id(), PhoneSteps.ACTION);
            Browser browser = new Browser().pausingAtSends().acceptLanguage("fr");
            Page numbers = PhoneSteps.password(server, browser, user);
            twilio.failNext(FakeTwilio.Failure.slow(Duration.ofSeconds(3)));
            Page sending = add(numbers, "US", number);
            assertTrue(sending.text().contains("Envoi d'un code de confirmation par SMS"), sending::describe);
            assertEquals("pending", browser.sendState(sending, 0), "Twilio has not answered yet");
            Page sent = browser.followSend(sending);
            assertTrue(sent.text().contains("Un code de confirmation a été envoyé par SMS"), sent::describe);
            Page verified = sent.form(CONFIRM_FORM).set("sls-code", PhoneSteps.codeIn(twilio.lastMessage(number)
                    .orElseThrow())).submit("sls-confirm");
            assertTrue(verified.has("#sls-phone-notice"), verified::describe);

            twilio.failNext(FakeTwilio.Failure.slowError(Duration.ofMillis(300), 429, 20429));
            Page busy = browser.followSend(add(verified, "US", PhoneSteps.fictionalNumber()));
            assertEquals(200, busy.status(), busy::describe);
            assertTrue(busy.errorText().contains("Le service de messages est saturé"), busy::describe);
        }
    }

    @Test
    void aConfirmationCodeIsUsedOnce(KeycloakServer server, AdminClient admin) {
        TestUser user = PhoneSteps.newUser(admin, "once");
        String number = PhoneSteps.fictionalNumber();
        try (PhoneConfig ignored = PhoneSteps.twilio(admin, server, twilio, Map.of())) {
            Page confirm = add(numbersPage(server, admin, user, "en"), "US", number);
            String code = PhoneSteps.codeIn(twilio.lastMessage(number).orElseThrow());
            Page verified = confirm.form(CONFIRM_FORM).set("sls-code", code).submit("sls-confirm");
            assertTrue(verified.text().contains("verified"), verified::describe);
            Page again = confirm.form(CONFIRM_FORM).set("sls-code", code).submit("sls-confirm");
            assertFalse(again.text().contains("Your mobile number is verified"), again::describe);
        }
    }

    @Test
    void aSecondNumberCanBeVerifiedMadeDefaultAndTheFirstRemoved(KeycloakServer server, AdminClient admin) {
        TestUser user = PhoneSteps.newUser(admin, "numbers");
        String first = PhoneSteps.fictionalNumber();
        String second = PhoneSteps.fictionalNumber();
        try (PhoneConfig ignored = PhoneSteps.twilio(admin, server, twilio, Map.of("sls.phone.resend-cooldown", "0"))) {
            Page page = add(numbersPage(server, admin, user, "en"), "US", first);
            page = page.form(CONFIRM_FORM).set("sls-code", PhoneSteps.codeIn(twilio.lastMessage(first).orElseThrow()))
                    .submit("sls-confirm");
            page = add(page, "US", second);
            page = page.form(CONFIRM_FORM).set("sls-code", PhoneSteps.codeIn(twilio.lastMessage(second).orElseThrow()))
                    .submit("sls-confirm");
            assertEquals(2, page.document().select("#sls-phone-list .sls-phone-row").size(), page::describe);
            assertEquals(first, attribute(admin, user, "phoneNumber"));

            page = rowForm(page, 1).submit("sls-default-1");
            assertEquals(second, attribute(admin, user, "phoneNumber"));
            page = rowForm(page, 1).submit("sls-remove-1");
            assertEquals(1, page.document().select("#sls-phone-list .sls-phone-row").size(), page::describe);
            assertEquals(second, attribute(admin, user, "phoneNumber"));
            assertEquals(List.of(second), values(admin, user, "slsPhoneNumbers"));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "FR | 06 12 34 56 78    | +33612345678",
        "JP | 090-1234-5678     | +819012345678",
        "JP | 81 90 1234 5678   | +819012345678",
        "GB | +44 (0)7911 123456| +447911123456",
        "GB | 0033 6 12 34 56 78| +33612345678",
        "JP | ０９０１２３４５６７８ | +819012345678",
    })
    void numbersAreStoredInE164WhateverWayTheyAreTyped(String country, String typed, String e164,
            KeycloakServer server, AdminClient admin) {
        TestUser user = PhoneSteps.newUser(admin, "e164");
        try (PhoneConfig ignored = PhoneSteps.twilio(admin, server, twilio, Map.of())) {
            Page confirm = add(numbersPage(server, admin, user, "en"), country, typed);
            assertTrue(confirm.has(CONFIRM_FORM), confirm::describe);
            assertEquals(List.of(e164), values(admin, user, "slsPhoneNumbers"));
            assertTrue(twilio.lastMessage(e164).isPresent(), twilio::describe);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "US | 555-CALL-NOW  | letters are not accepted",
        "FR | 06 12         | too short",
        "FR | 01 23 45 67 89| not a mobile number",
        "GB | 056 1234 5678 | Virtual (VOIP) numbers are not accepted",
        "US | +999 1234 5678| country code of this number does not exist",
        "US |               | Enter a mobile number",
        "FR | 06 12 34 56 78 90 12 34| too long",
    })
    void invalidImpossibleAndVirtualNumbersAreRefusedWithAClearMessage(String country, String typed, String message,
            KeycloakServer server, AdminClient admin) {
        TestUser user = PhoneSteps.newUser(admin, "refused");
        try (PhoneConfig ignored = PhoneSteps.twilio(admin, server, twilio, Map.of())) {
            Page refused = add(numbersPage(server, admin, user, "en"), country, typed == null ? "" : typed);
            assertTrue(refused.has(ADD_FORM), refused::describe);
            assertTrue(refused.errorText().contains(message), refused::describe);
            assertEquals(List.of(), values(admin, user, "slsPhoneNumbers"), "nothing stored");
        }
    }

    @Test
    void twilioLookupRefusesAVirtualNumberAndListedCountriesAreRefused(KeycloakServer server, AdminClient admin) {
        TestUser user = PhoneSteps.newUser(admin, "lookup");
        String number = PhoneSteps.fictionalNumber();
        twilio.lineType(number, "nonFixedVoip");
        try (PhoneConfig ignored = PhoneSteps.twilio(admin, server, twilio, Map.of("sls.phone.twilio.lookup", "true",
                "sls.phone.refused-countries", "FR, DE"))) {
            Page page = numbersPage(server, admin, user, "en");
            Page virtual = add(page, "US", number);
            assertTrue(virtual.errorText().contains("Virtual (VOIP) numbers are not accepted"), virtual::describe);
            FakeTwilio.Received lookup = twilio.received().stream()
                    .filter(r -> r.path().equals("/v2/PhoneNumbers/" + number)).findFirst()
                    .orElseThrow(() -> new AssertionError(twilio.describe()));
            assertEquals("Fields=line_type_intelligence", lookup.query());
            assertEquals(PhoneSteps.ACCOUNT_SID, lookup.username());

            Page country = add(virtual, "FR", "06 12 34 56 78");
            assertTrue(country.errorText().contains("Numbers from this country are not accepted"), country::describe);
            assertEquals(List.of(), values(admin, user, "slsPhoneNumbers"));
        }
    }

    @Test
    void theTwilioSecretMustBeAVaultReferenceAndBadSettingsAreRefused(AdminClient admin) {
        assertEquals(400, PhoneConfig.trySave(admin, Map.of("sls.phone.twilio.secret", "plain-token")).status());
        assertEquals(400, PhoneConfig.trySave(admin, Map.of("sls.phone.code-lifetime", "3600")).status());
        assertEquals(400, PhoneConfig.trySave(admin, Map.of("sls.phone.refused-countries", "XX")).status());
        assertEquals(400, PhoneConfig.trySave(admin, Map.of("sls.phone.sender", "twilio",
                "sls.phone.twilio.account-sid", "not-a-sid")).status());
        String config = admin.get("/" + PhoneSteps.REALM + "/authentication/required-actions/" + PhoneSteps.ACTION
                + "/config").toString();
        assertFalse(config.contains("plain-token"), "nothing saved: " + config);
    }

    private static dev.sls.testkit.browser.Form rowForm(Page page, int index) {
        return page.form("#sls-phone-list .sls-phone-row[data-index=" + index + "] form");
    }

    private static String attribute(AdminClient admin, TestUser user, String name) {
        return admin.get("/" + PhoneSteps.REALM + "/users/" + user.id()).path("attributes").path(name).path(0).asText();
    }

    private static List<String> values(AdminClient admin, TestUser user, String name) {
        JsonNode values = admin.get("/" + PhoneSteps.REALM + "/users/" + user.id()).path("attributes").path(name);
        return StreamSupport.stream(values.spliterator(), false).map(JsonNode::asText).toList();
    }

    static List<String> types(AdminClient admin, TestUser user) {
        return StreamSupport.stream(admin.credentials(PhoneSteps.REALM, user.id()).spliterator(), false)
                .map(c -> c.path("type").asText()).toList();
    }
}
