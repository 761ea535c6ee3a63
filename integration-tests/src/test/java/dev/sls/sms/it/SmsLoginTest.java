package dev.sls.sms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
import dev.sls.testkit.gateway.FakeTwilio;
import dev.sls.testkit.server.KeycloakServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Logging in with a code sent by SMS (F9), through the real Twilio SDK talking to a local Twilio. */
@ExtendWith(KeycloakExtension.class)
@SuppressWarnings("try") // the PhoneConfig resources only restore the realm's settings
class SmsLoginTest {

    private static final FakeTwilio twilio = FakeTwilio.shared();

    @Test
    void demoUserDaveLogsInWithTheCodeTheLogSenderPrintsAndGetsThePhoneClaims(KeycloakServer server)
            throws IOException {
        TestUser dave = new TestUser("dave", "dave-demo-password", null);
        Page page = PhoneSteps.password(server, new Browser(), dave, Map.of("scope", "openid phone"));
        assertTrue(page.has(SmsSteps.FORM), page::describe);
        assertTrue(page.text().contains("+1 ••• ••• 23"), page.text());

        Tokens tokens = OidcLogin.finish(SmsSteps.type(page, lastLoggedCode(server, "+1 ••• ••• 23")));

        assertEquals("dave", tokens.idClaims().path("preferred_username").asText());
        assertEquals("+14155550123", tokens.idClaims().path("phone_number").asText(), tokens.idClaims()::toString);
        assertTrue(tokens.idClaims().path("phone_number_verified").asBoolean(), tokens.idClaims()::toString);
        String amr = tokens.idClaims().path("amr").toString();
        assertTrue(amr.contains("\"sms\"") && !amr.contains("\"tel\""), "a code by text message is sms: " + amr);
    }

    @Test
    void aCodeByTwilioLogsInAndTheSdkSendsWhatTwilioExpects(KeycloakServer server, AdminClient admin) {
        String number = PhoneSteps.fictionalNumber();
        TestUser user = PhoneSteps.smsUser(admin, "sms", number);
        try (PhoneConfig ignored = PhoneSteps.twilio(admin, server, twilio, Map.of())) {
            Page page = PhoneSteps.password(server, new Browser(), user);
            assertTrue(page.has(SmsSteps.FORM), page::describe);
            FakeTwilio.Received sms = twilio.lastMessage(number).orElseThrow(() -> new AssertionError(twilio.describe()));

            assertEquals("POST", sms.method());
            assertEquals("/2010-04-01/Accounts/" + PhoneSteps.ACCOUNT_SID + "/Messages.json", sms.path());
            assertEquals(PhoneSteps.ACCOUNT_SID, sms.username(), "Basic auth with the account SID");
            assertEquals(PhoneSteps.AUTH_TOKEN, sms.password(), "the token from the vault");
            assertEquals(PhoneSteps.FROM, sms.form().get("From"));
            assertTrue(sms.form().get("Body").contains("Secure Login demo security code"), sms.form()::toString);
            assertTrue(sms.userAgent().startsWith("twilio-java/"), sms.userAgent());

            Tokens tokens = OidcLogin.finish(SmsSteps.type(page, PhoneSteps.codeIn(sms)));
            assertEquals(user.username(), tokens.accessClaims().path("preferred_username").asText());
        }
    }

    @Test
    void anApiKeyAndAMessagingServiceAreUsedWhenSet(KeycloakServer server, AdminClient admin) {
        String number = PhoneSteps.fictionalNumber();
        TestUser user = PhoneSteps.smsUser(admin, "service", number);
        String apiKey = "SK" + "fedcba9876543210fedcba9876543210";
        String service = "MG" + "00112233445566778899aabbccddeeff";
        try (PhoneConfig ignored = PhoneSteps.twilio(admin, server, twilio, Map.of(
                "sls.phone.twilio.api-key-sid", apiKey, "sls.phone.twilio.messaging-service-sid", service))) {
            Page page = PhoneSteps.password(server, new Browser(), user);
            FakeTwilio.Received sms = twilio.lastMessage(number).orElseThrow(() -> new AssertionError(twilio.describe()));
            assertEquals(apiKey, sms.username(), "Basic auth with the API key SID");
            assertEquals("/2010-04-01/Accounts/" + PhoneSteps.ACCOUNT_SID + "/Messages.json", sms.path());
            assertEquals(service, sms.form().get("MessagingServiceSid"), sms.form()::toString);
            assertFalse(sms.form().containsKey("From"), sms.form()::toString);
            OidcLogin.finish(SmsSteps.type(page, PhoneSteps.codeIn(sms)));
        }
    }

    @Test
    void resendingRepeatsTheSameCodeAndAWrongCodeIsRefused(KeycloakServer server, AdminClient admin) {
        String number = PhoneSteps.fictionalNumber();
        TestUser user = PhoneSteps.smsUser(admin, "resend", number);
        try (PhoneConfig ignored = PhoneSteps.twilio(admin, server, twilio, Map.of("sls.phone.resend-cooldown", "0"))) {
            Page page = PhoneSteps.password(server, new Browser(), user);
            String first = SmsSteps.lastSmsCode(twilio, number);
            page = SmsSteps.resend(page, "sms");
            assertTrue(page.has(SmsSteps.FORM), page::describe);
            assertEquals(2, twilio.to(number).size(), twilio::describe);
            assertEquals(first, SmsSteps.lastSmsCode(twilio, number), "a resend repeats the code");

            Page wrong = SmsSteps.type(page, first.equals("000000") ? "111111" : "000000");
            assertFalse(wrong.isRedirect(), wrong::describe);
            assertTrue(wrong.errorText().contains("not correct"), wrong::describe);

            Tokens tokens = OidcLogin.finish(SmsSteps.type(wrong, first));
            assertEquals(user.username(), tokens.accessClaims().path("preferred_username").asText());
            admin.clearBruteForce(PhoneSteps.REALM, user.id());
        }
    }

    @Test
    void aCodeBelongsToItsOwnLogin(KeycloakServer server, AdminClient admin) {
        String number = PhoneSteps.fictionalNumber();
        TestUser user = PhoneSteps.smsUser(admin, "bound", number);
        try (PhoneConfig ignored = PhoneSteps.twilio(admin, server, twilio, Map.of("sls.phone.resend-cooldown", "0"))) {
            PhoneSteps.password(server, new Browser(), user);
            String firstCode = SmsSteps.lastSmsCode(twilio, number);
            Page second = PhoneSteps.password(server, new Browser(), user);
            String secondCode = SmsSteps.lastSmsCode(twilio, number);
            assertNotEquals(firstCode, secondCode, "each login gets its own code");

            Page refused = SmsSteps.type(second, firstCode);
            assertFalse(refused.isRedirect(), "another login's code must not work: " + refused.describe());
            assertTrue(refused.errorText().contains("not correct"), refused::describe);

            Tokens tokens = OidcLogin.finish(SmsSteps.type(refused, secondCode));
            assertEquals(user.username(), tokens.accessClaims().path("preferred_username").asText());
            admin.clearBruteForce(PhoneSteps.REALM, user.id());
        }
    }

    /** The last "SMS to … : code 123456" line the log sender wrote for that (masked) number. */
    static String lastLoggedCode(KeycloakServer server, String masked) throws IOException {
        Pattern line = Pattern.compile("SMS to " + Pattern.quote(masked) + " : code (\\d{6})");
        String code = null;
        for (String text : Files.readAllLines(server.logFile(), StandardCharsets.UTF_8)) {
            Matcher matcher = line.matcher(text);
            if (matcher.find()) {
                code = matcher.group(1);
            }
        }
        assertTrue(code != null, "no code for " + masked + " in " + server.logFile());
        return code;
    }
}
