package dev.sls.sms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sls.it.BruteForce;
import dev.sls.it.Lifetime;
import dev.sls.it.QuickLoginCheck;
import dev.sls.mobile.it.PhoneConfig;
import dev.sls.mobile.it.PhoneSteps.TestUser;
import dev.sls.mobile.it.PhoneSteps;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.KeycloakExtension;
import dev.sls.testkit.browser.Browser;
import dev.sls.testkit.browser.OidcLogin;
import dev.sls.testkit.browser.Page;
import dev.sls.testkit.gateway.FakeTwilio;
import dev.sls.testkit.server.KeycloakServer;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Each abuse limit on codes, each hit on purpose: the page says when to retry and offers another device. */
@ExtendWith(KeycloakExtension.class)
@SuppressWarnings("try") // the PhoneConfig resources only restore the realm's settings
class SmsLimitsTest {

    private static final String LIMITED = "Too many codes were requested";
    private static final FakeTwilio twilio = FakeTwilio.shared();

    @Test
    void aResendWithinTheCooldownIsRefusedWithWhenToRetry(KeycloakServer server, AdminClient admin) {
        String number = PhoneSteps.fictionalNumber();
        TestUser user = PhoneSteps.smsUser(admin, "cooldown", number);
        try (PhoneConfig ignored = PhoneSteps.twilio(admin, server, twilio,
                Map.of("sls.phone.resend-cooldown", "120"))) {
            Page page = PhoneSteps.password(server, new Browser(), user);
            Page refused = SmsSteps.resend(page, "sms");
            assertTrue(refused.errorText().contains(LIMITED) && refused.errorText().contains("2 minutes"),
                    refused::describe);
            assertFalse(refused.errorText().contains("another of your devices"),
                    "SMS is this person's only device: " + refused.describe());
            assertEquals(1, twilio.to(number).size(), twilio::describe);
            Page calling = SmsSteps.resend(refused, "voice");
            assertTrue(calling.has("#sls-sms-sent"), "the cooldown is per channel: " + calling.describe());
        }
    }

    /**
     * A fresh login within the cooldown of an earlier one: nothing went out for it, so it neither asks for a code
     * nor says "too many codes"; it says a code was sent a moment ago and when a new one can be asked for.
     */
    @Test
    void aFreshLoginWithinTheCooldownSaysWhenACodeCanBeAskedFor(KeycloakServer server, AdminClient admin) {
        String number = PhoneSteps.fictionalNumber();
        TestUser user = PhoneSteps.smsUser(admin, "fresh-cooldown", number);
        try (PhoneConfig ignored = PhoneSteps.twilio(admin, server, twilio,
                Map.of("sls.phone.resend-cooldown", "120"))) {
            assertTrue(PhoneSteps.password(server, new Browser(), user).has(SmsSteps.FORM));
            Page fresh = PhoneSteps.password(server, new Browser(), user);
            assertEquals(1, twilio.to(number).size(), twilio::describe);
            assertFalse(fresh.text().contains(LIMITED), fresh::describe);
            assertFalse(fresh.has(SmsSteps.FORM), "no code went out for this login: " + fresh.describe());
            assertTrue(fresh.text().contains("a moment ago") && fresh.text().contains("2 minutes"), fresh::describe);
            assertTrue(fresh.has(SmsSteps.RESEND), fresh::describe);
        }
    }

    @Test
    void aUserGetsAtMostTheCodesPerHour(KeycloakServer server, AdminClient admin) {
        String number = PhoneSteps.fictionalNumber();
        TestUser user = PhoneSteps.smsUser(admin, "per-user", number);
        try (PhoneConfig ignored = PhoneSteps.twilio(admin, server, twilio, Map.of("sls.phone.resend-cooldown", "0",
                "sls.phone.max-per-user-hour", "2"))) {
            Page page = PhoneSteps.password(server, new Browser(), user);
            page = SmsSteps.resend(page, "sms");
            Page refused = SmsSteps.resend(page, "sms");
            assertTrue(refused.errorText().contains(LIMITED), refused::describe);
            assertEquals(2, twilio.to(number).size(), twilio::describe);
            Page anotherLogin = PhoneSteps.password(server, new Browser(), user);
            assertTrue(anotherLogin.errorText().contains(LIMITED), "the limit is the user's: " + anotherLogin.describe());
        }
    }

    @Test
    void aNumberGetsAtMostTheCodesPerDayWhoeverAsks(KeycloakServer server, AdminClient admin) {
        String number = PhoneSteps.fictionalNumber();
        TestUser first = PhoneSteps.smsUser(admin, "number-a", number);
        TestUser second = PhoneSteps.smsUser(admin, "number-b", number);
        try (PhoneConfig ignored = PhoneSteps.twilio(admin, server, twilio, Map.of("sls.phone.max-per-number-day", "1"))) {
            Page sent = PhoneSteps.password(server, new Browser(), first);
            assertTrue(sent.has("#sls-sms-sent"), sent::describe);
            Page refused = PhoneSteps.password(server, new Browser(), second);
            assertTrue(refused.errorText().contains(LIMITED), refused::describe);
            assertEquals(1, twilio.to(number).size(), twilio::describe);
        }
    }

    @Test
    void manyUsernamesFromOneAddressHitAWall(KeycloakServer server, AdminClient admin) {
        int limit = 3;
        try (PhoneConfig ignored = PhoneSteps.twilio(admin, server, twilio,
                Map.of("sls.phone.max-per-ip-hour", String.valueOf(limit)))) {
            int sent = 0;
            int walled = 0;
            for (int i = 0; i < limit + 3; i++) {
                String number = PhoneSteps.fictionalNumber();
                Page page = PhoneSteps.password(server, new Browser(), PhoneSteps.smsUser(admin, "pump", number));
                if (page.has("#sls-sms-sent")) {
                    sent++;
                    assertEquals(0, walled, "once walled, every further username stays walled");
                } else {
                    assertTrue(page.errorText().contains(LIMITED), page::describe);
                    walled++;
                }
            }
            assertTrue(sent <= limit, sent + " codes went out from one address, limit " + limit);
            assertTrue(walled >= 3, "the address hit no wall");
        }
    }

    @Test
    void voiceCallsAreCappedOnTheirOwn(KeycloakServer server, AdminClient admin) {
        String number = PhoneSteps.fictionalNumber();
        TestUser user = PhoneSteps.smsUser(admin, "voice-cap", number);
        try (PhoneConfig ignored = PhoneSteps.twilio(admin, server, twilio, Map.of("sls.phone.resend-cooldown", "0",
                "sls.phone.max-voice-per-user-day", "1"))) {
            Page page = PhoneSteps.password(server, new Browser(), user);
            page = SmsSteps.resend(page, "voice");
            assertTrue(page.has("#sls-sms-sent"), page::describe);
            Page refused = SmsSteps.resend(page, "voice");
            assertTrue(refused.errorText().contains(LIMITED), refused::describe);
            Page sms = SmsSteps.resend(refused, "sms");
            assertTrue(sms.has("#sls-sms-sent"), "SMS still works: " + sms.describe());
        }
    }

    @Test
    void wrongCodesAreCountedByBruteForceAndAResendDoesNotResetTheCount(KeycloakServer server, AdminClient admin) {
        String number = PhoneSteps.fictionalNumber();
        TestUser user = PhoneSteps.smsUser(admin, "brute", number);
        try (PhoneConfig ignored = PhoneSteps.twilio(admin, server, twilio, Map.of("sls.phone.resend-cooldown", "0"));
             QuickLoginCheck off = QuickLoginCheck.off(admin, PhoneSteps.REALM)) {
            Page page = PhoneSteps.password(server, new Browser(), user);
            String code = SmsSteps.lastSmsCode(twilio, number);
            String wrong = code.equals("000000") ? "111111" : "000000";
            page = SmsSteps.type(page, wrong);
            BruteForce.assertFailures(admin, PhoneSteps.REALM, user.id(), 1);
            page = SmsSteps.resend(page, "sms");
            page = SmsSteps.type(page, wrong);
            BruteForce.assertFailures(admin, PhoneSteps.REALM, user.id(), 2);
            OidcLogin.finish(SmsSteps.type(page, code));
            admin.clearBruteForce(PhoneSteps.REALM, user.id());
        }
    }

    @Test
    void anExpiredCodeIsRefused(KeycloakServer server, AdminClient admin) {
        String number = PhoneSteps.fictionalNumber();
        TestUser user = PhoneSteps.smsUser(admin, "expiry", number);
        try (PhoneConfig ignored = PhoneSteps.twilio(admin, server, twilio, Map.of("sls.phone.code-lifetime", "10"))) {
            Page page = PhoneSteps.password(server, new Browser(), user);
            Instant sent = Instant.now();
            String code = SmsSteps.lastSmsCode(twilio, number);
            Lifetime.awaitEnd(sent, Duration.ofSeconds(10));
            Page expired = SmsSteps.type(page, code);
            assertTrue(expired.errorText().contains("expired"), expired::describe);
            assertTrue(expired.has("#sls-resend-sms"), expired::describe);
        }
    }

}
