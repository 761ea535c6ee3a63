package dev.sls.ibkey.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sls.chooser.it.ChooserSteps;
import dev.sls.ibkey.app.DeviceApiClient;
import dev.sls.ibkey.app.DeviceApiException;
import dev.sls.ibkey.app.IbKeyApp;
import dev.sls.ibkey.app.IbKeyUser;
import dev.sls.ibkey.app.cli.IbKeyCli;
import dev.sls.ibkey.protocol.api.ActivationCodeGrant;
import dev.sls.ibkey.protocol.api.ActivationSmsRequest;
import dev.sls.ibkey.protocol.api.ActivationSmsSent;
import dev.sls.ibkey.protocol.api.AppRegistration;
import dev.sls.it.BruteForce;
import dev.sls.mobile.it.PhoneConfig;
import dev.sls.mobile.it.PhoneSteps;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.KeycloakExtension;
import dev.sls.testkit.browser.Browser;
import dev.sls.testkit.browser.OidcLogin;
import dev.sls.testkit.browser.Page;
import dev.sls.testkit.gateway.FakeTwilio;
import dev.sls.testkit.server.KeycloakServer;
import java.io.ByteArrayOutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Activating IB Key without a QR code (F2), the way the seeds describe it: username and password in the app, pick a
 * verified number (or add one when the account has no second factor yet), the activation code by SMS, then the
 * device key and PIN. Twilio is the local one behind the real SDK.
 */
@ExtendWith(KeycloakExtension.class)
@SuppressWarnings("try") // the PhoneConfig resources only restore the realm's settings
class IbKeySmsActivationTest {

    private static final FakeTwilio twilio = FakeTwilio.shared();
    /** Wrong passwords through the app per client address in ten minutes (AppRegistrationService). */
    private static final int WRONG_APP_PASSWORDS_PER_IP = 30;

    private static String server(KeycloakServer server) {
        return server.baseUrl();
    }

    @Test
    void aPersonWithAVerifiedNumberActivatesThePhoneAndLogsInWithIt(KeycloakServer server, AdminClient admin) {
        String number = PhoneSteps.fictionalNumber();
        PhoneSteps.TestUser user = PhoneSteps.smsUser(admin, "f2", number);
        IbKeyApp app = IbKeyApp.install("phone activated by SMS", "android");
        DeviceApiClient api = app.apiClient();
        try (PhoneConfig ignored = PhoneSteps.twilio(admin, server, twilio, Map.of())) {
            AppRegistration registration = api.startRegistration(server(server), IbKeySteps.REALM, user.username(),
                    user.password());
            assertEquals(1, registration.numbers().size());
            String masked = registration.numbers().get(0).masked();
            assertTrue(masked.contains("•") && masked.endsWith(number.substring(number.length() - 2)), masked);
            assertFalse(masked.contains(number.substring(2, 8)), "the number is masked: " + masked);
            assertFalse(registration.canAddNumber(), "an account with a second factor adds no number by password");

            ActivationSmsSent sent = api.requestActivationSms(server(server), IbKeySteps.REALM,
                    registration.registrationId(), new ActivationSmsRequest(registration.numbers().get(0).ref(), null, null));
            assertEquals(masked, sent.sentTo());
            FakeTwilio.Received sms = twilio.nextMessage(number);
            assertTrue(sms.form().get("Body").contains("activate IB Key on a new phone"), sms.form()::toString);

            ActivationCodeGrant grant = api.redeemActivationSms(server(server), IbKeySteps.REALM,
                    registration.registrationId(), PhoneSteps.codeIn(sms));
            IbKeyUser onApp = app.activateWithCode(server(server), IbKeySteps.REALM, grant.activationCode(), IbKeySteps.PIN);
            assertEquals(user.username(), onApp.username());
        }
        JsonNode steps = admin.get("/" + IbKeySteps.REALM + "/events?type=CUSTOM_REQUIRED_ACTION&user=" + user.id());
        assertTrue(steps.toString().contains("app-sms-code"), "recorded in events: " + steps);

        IbKeySteps.TestUser asIbKeyUser = new IbKeySteps.TestUser(user.username(), user.password(), user.id());
        // The person now holds SMS codes and IB Key: the chooser comes first.
        Page push = ChooserSteps.choose(IbKeySteps.password(server, new Browser(), asIbKeyUser), "sls-ib-key");
        IbKeyUser onApp = app.users().get(0);
        app.approve(onApp, IbKeySteps.onlyPending(app, onApp), IbKeySteps.shown(push));
        assertEquals(user.username(), OidcLogin.finish(IbKeySteps.continueAfterDecision(push, "approved"))
                .accessClaims().path("preferred_username").asText());
    }

    @Test
    void aNewAccountAddsItsNumberOnTheSpotAndTheCodeVerifiesIt(KeycloakServer server, AdminClient admin) {
        IbKeySteps.TestUser user = IbKeySteps.newUser(admin, "f2new");
        String number = PhoneSteps.fictionalNumber();
        IbKeyApp app = IbKeyApp.install("first phone", "ios");
        DeviceApiClient api = app.apiClient();
        try (PhoneConfig ignored = PhoneSteps.twilio(admin, server, twilio, Map.of())) {
            AppRegistration registration = api.startRegistration(server(server), IbKeySteps.REALM, user.username(),
                    user.password());
            assertTrue(registration.numbers().isEmpty());
            assertTrue(registration.canAddNumber());
            DeviceApiException landline = assertThrows(DeviceApiException.class, () -> api.requestActivationSms(
                    server(server), IbKeySteps.REALM, registration.registrationId(),
                    new ActivationSmsRequest(null, "call me maybe", null)));
            assertEquals("number_refused", landline.error());

            api.requestActivationSms(server(server), IbKeySteps.REALM, registration.registrationId(),
                    new ActivationSmsRequest(null, number, "US"));
            String code = PhoneSteps.codeIn(twilio.nextMessage(number));
            ActivationCodeGrant grant = api.redeemActivationSms(server(server), IbKeySteps.REALM,
                    registration.registrationId(), code);
            app.activateWithCode(server(server), IbKeySteps.REALM, grant.activationCode(), null);
        }
        JsonNode attributes = admin.get("/" + IbKeySteps.REALM + "/users/" + user.id()).path("attributes");
        assertEquals(number, attributes.path("slsPhoneNumbersVerified").path(0).asText(), attributes::toString);
        assertEquals(1, IbKeySteps.ibKeyCredentials(admin, user.id()).size());
    }

    @Test
    void wrongPasswordsCountLikeTheLoginFormAndTellNothing(KeycloakServer server, AdminClient admin) {
        PhoneSteps.TestUser user = PhoneSteps.smsUser(admin, "f2pw", PhoneSteps.fictionalNumber());
        DeviceApiClient api = new DeviceApiClient();
        DeviceApiException wrong = assertThrows(DeviceApiException.class, () -> api.startRegistration(server(server),
                IbKeySteps.REALM, user.username(), "not-the-password"));
        DeviceApiException unknown = assertThrows(DeviceApiException.class, () -> api.startRegistration(server(server),
                IbKeySteps.REALM, "nobody-" + System.nanoTime(), "not-the-password"));
        assertEquals(401, wrong.status());
        assertEquals(wrong.error() + wrong.serverMessage(), unknown.error() + unknown.serverMessage(),
                "an unknown user and a wrong password get the same answer");
        BruteForce.assertFailures(admin, IbKeySteps.REALM, user.id(), 1);
        for (int i = 0; i < 4; i++) {
            assertThrows(DeviceApiException.class, () -> api.startRegistration(server(server), IbKeySteps.REALM,
                    user.username(), "not-the-password"));
        }
        BruteForce.assertFailures(admin, IbKeySteps.REALM, user.id(), 5);
        DeviceApiException locked = assertThrows(DeviceApiException.class, () -> api.startRegistration(
                server(server), IbKeySteps.REALM, user.username(), user.password()));
        assertEquals(wrong.error() + wrong.serverMessage(), locked.error() + locked.serverMessage(),
                "locked like the login form, and the lock is not revealed");
        admin.clearBruteForce(IbKeySteps.REALM, user.id());
        JsonNode refused = admin.get("/" + IbKeySteps.REALM + "/events?type=CUSTOM_REQUIRED_ACTION_ERROR&max=200");
        assertTrue(refused.toString().contains(user.username()), "recorded in events: " + refused);
    }

    @Test
    void wrongAppPasswordsAreCappedPerRealAddressWhateverTheForwardedHeaderSays(KeycloakServer server,
                                                                               AdminClient admin) {
        PhoneSteps.TestUser user = PhoneSteps.smsUser(admin, "f2cap", PhoneSteps.fictionalNumber());
        String source = "127.0.0.10"; // straight to the server, not through the proxy it trusts
        for (int i = 0; i < 3; i++) {
            assertEquals(201, startFrom(server, source, user.username(), user.password(), i),
                    "a right password gives its place back");
        }
        for (int i = 0; i < WRONG_APP_PASSWORDS_PER_IP; i++) {
            assertEquals(401, startFrom(server, source, "nobody-" + System.nanoTime(), "wrong", i));
        }
        assertEquals(429, startFrom(server, source, "nobody-" + System.nanoTime(), "wrong", 99),
                "counted against the address that connected, not the one each request claimed");
    }

    /** {@code POST /registrations} from {@code source}, claiming a new X-Forwarded-For each time. */
    private static int startFrom(KeycloakServer server, String source, String username, String password, int n) {
        return HandBuiltRequests.statusFromSource(source, "POST", HandBuiltRequests.api(server) + "/registrations",
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}",
                "Content-Type", "application/json", "X-Forwarded-For", "10.53.0." + (n + 1));
    }

    @Test
    void smsCodesCannotBeGuessedAndEachRegistrationIsUsedOnce(KeycloakServer server, AdminClient admin) {
        String number = PhoneSteps.fictionalNumber();
        PhoneSteps.TestUser user = PhoneSteps.smsUser(admin, "f2guess", number);
        DeviceApiClient api = new DeviceApiClient();
        try (PhoneConfig ignored = PhoneSteps.twilio(admin, server, twilio, Map.of("sls.phone.resend-cooldown", "0"))) {
            AppRegistration registration = api.startRegistration(server(server), IbKeySteps.REALM, user.username(),
                    user.password());
            String id = registration.registrationId();
            api.requestActivationSms(server(server), IbKeySteps.REALM, id,
                    new ActivationSmsRequest(registration.numbers().get(0).ref(), null, null));
            String code = PhoneSteps.codeIn(twilio.nextMessage(number));
            String wrongCode = code.equals("000000") ? "111111" : "000000";
            for (int i = 0; i < 4; i++) {
                assertEquals("sms_code_invalid", assertThrows(DeviceApiException.class,
                        () -> api.redeemActivationSms(server(server), IbKeySteps.REALM, id, wrongCode)).error());
            }
            BruteForce.assertFailures(admin, IbKeySteps.REALM, user.id(), 4); // wrong SMS codes count like wrong OTPs
            assertEquals("sms_code_invalid", assertThrows(DeviceApiException.class,
                    () -> api.redeemActivationSms(server(server), IbKeySteps.REALM, id, wrongCode)).error());
            assertEquals("sms_code_expired", assertThrows(DeviceApiException.class,
                    () -> api.redeemActivationSms(server(server), IbKeySteps.REALM, id, code)).error(),
                    "after five tries even the right code is refused");

            admin.clearBruteForce(IbKeySteps.REALM, user.id());
            AppRegistration again = api.startRegistration(server(server), IbKeySteps.REALM, user.username(),
                    user.password());
            api.requestActivationSms(server(server), IbKeySteps.REALM, again.registrationId(),
                    new ActivationSmsRequest("0", null, null));
            String fresh = PhoneSteps.codeIn(twilio.nextMessage(number));
            api.redeemActivationSms(server(server), IbKeySteps.REALM, again.registrationId(), fresh);
            assertEquals("registration_expired", assertThrows(DeviceApiException.class,
                    () -> api.redeemActivationSms(server(server), IbKeySteps.REALM, again.registrationId(), fresh))
                    .error(), "a registration gives one activation code");
        }
    }

    @Test
    void theReferenceAppCommandAsksForThePasswordAndTheCodeFromTheSms(KeycloakServer server, AdminClient admin,
                                                                     @TempDir Path dir) throws Exception {
        String number = PhoneSteps.fictionalNumber();
        PhoneSteps.TestUser user = PhoneSteps.smsUser(admin, "f2cli", number);
        try (PhoneConfig ignored = PhoneSteps.twilio(admin, server, twilio, Map.of());
             PipedOutputStream typing = new PipedOutputStream();
             PipedInputStream keyboard = new PipedInputStream(typing)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            String[] args = {"activate-sms", "--server", server.baseUrl(), "--realm", IbKeySteps.REALM, "--username",
                user.username(), "--pin", IbKeySteps.PIN};
            CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> IbKeyCli.run(args,
                    dir.resolve("phone.json"), keyboard, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), null));
            typing.write((user.password() + "\n").getBytes(StandardCharsets.UTF_8));
            typing.flush();
            FakeTwilio.Received sms = twilio.nextMessage(number);
            typing.write((PhoneSteps.codeIn(sms) + "\n").getBytes(StandardCharsets.UTF_8));
            typing.flush();
            assertEquals(0, exit.get(30, TimeUnit.SECONDS), err.toString(StandardCharsets.UTF_8));
            String said = out.toString(StandardCharsets.UTF_8);
            assertTrue(said.contains("activation code sent by SMS to +1 ••• ••• "), said);
            assertTrue(said.contains("activated " + IbKeySteps.REALM + "/" + user.username()), said);
        }
        assertEquals(1, IbKeySteps.ibKeyCredentials(admin, user.id()).size());
    }
}
