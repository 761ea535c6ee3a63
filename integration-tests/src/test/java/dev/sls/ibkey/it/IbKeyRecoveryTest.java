package dev.sls.ibkey.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.sls.chooser.it.ChooserSteps;
import dev.sls.ibkey.app.DeviceApiException;
import dev.sls.ibkey.app.IbKeyApp;
import dev.sls.ibkey.app.IbKeyUser;
import dev.sls.ibkey.app.cli.IbKeyCli;
import dev.sls.ibkey.protocol.api.ActivationCodeGrant;
import dev.sls.ibkey.protocol.api.ActivationSmsRequest;
import dev.sls.ibkey.protocol.api.AppRegistration;
import dev.sls.ibkey.protocol.api.RecoveryStarted;
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
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Recover setup" (F6) with the reference app, the seeds' way: after a reinstall or on a new phone, username and
 * password, then the Activation Token by SMS to the number used at activation (and the IB Key PIN, proved and never
 * sent); the old key retired everywhere while the other users of the old app keep theirs; the person told by email
 * and SMS; the device history readable by Client Services.
 */
@ExtendWith(KeycloakExtension.class)
@SuppressWarnings("try") // the PhoneConfig resources only restore the realm's settings
class IbKeyRecoveryTest {

    private static final FakeTwilio twilio = FakeTwilio.shared();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REALM = IbKeySteps.REALM;
    /** The app PIN: one per app, so the other users this test adds to the same app ("Add user") take it too. */
    static final String PIN = IbKeySteps.PIN;
    static final Map<String, String> LIMITS = Map.of("sls.phone.resend-cooldown", "0",
            "sls.phone.max-per-user-hour", "20", "sls.phone.max-per-user-day", "40");

    /** A person with a verified number who activated IB Key by SMS on {@code app} (so that number is recorded). */
    record Person(PhoneSteps.TestUser user, String number, IbKeyUser onApp) {
    }

    private static Person activatedBySms(KeycloakServer server, AdminClient admin, String prefix, IbKeyApp app) {
        return activatedBySms(server.baseUrl(), admin, prefix, app);
    }

    static Person activatedBySms(String baseUrl, AdminClient admin, String prefix, IbKeyApp app) {
        String number = PhoneSteps.fictionalNumber();
        PhoneSteps.TestUser user = PhoneSteps.smsUser(admin, prefix, number);
        AppRegistration registration = app.apiClient().startRegistration(baseUrl, REALM, user.username(),
                user.password());
        app.apiClient().requestActivationSms(baseUrl, REALM, registration.registrationId(),
                new ActivationSmsRequest(registration.numbers().get(0).ref(), null, null));
        ActivationCodeGrant grant = app.apiClient().redeemActivationSms(baseUrl, REALM,
                registration.registrationId(), PhoneSteps.codeIn(twilio.nextMessage(number)));
        return new Person(user, number, app.activateWithCode(baseUrl, REALM, grant.activationCode(), PIN));
    }

    static String token(String number) {
        FakeTwilio.Received sms = twilio.nextMessage(number, "Activation Token");
        assertTrue(sms.form().get("Body").contains("Activation Token"), sms.form()::toString);
        return PhoneSteps.codeIn(sms);
    }

    private static JsonNode history(AdminClient admin, String user) {
        return admin.get("/" + REALM + "/sls/history/users/" + user);
    }

    @Test
    void aNewPhoneRecoversBySmsToTheRecordedNumberAndTheOldKeyIsRetiredButNotTheOtherUsersOfTheOldApp(
            KeycloakServer server, AdminClient admin) throws Exception {
        GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        IbKeyApp oldPhone = IbKeyApp.install("old phone", "android");
        try (PhoneConfig ignored = PhoneSteps.twilio(admin, server, twilio, LIMITS)) {
            Person person = activatedBySms(server, admin, "recover", oldPhone);
            IbKeySteps.TestUser other = IbKeySteps.newUser(admin, "sameapp");
            IbKeyUser otherOnOldPhone = IbKeySteps.enrol(server, other, oldPhone);
            JsonNode key = IbKeySteps.ibKeyCredentials(admin, person.user().id()).get(0);
            String masked = JSON.readTree(key.path("credentialData").asText()).path("recordedNumberMasked").asText();
            assertTrue(masked.endsWith(person.number().substring(person.number().length() - 2)), masked);
            assertFalse(key.toString().contains(person.number().substring(2)), "the number is shown masked: " + key);

            IbKeySteps.TestUser asIbKey = new IbKeySteps.TestUser(person.user().username(), person.user().password(),
                    person.user().id());
            Page waiting = ChooserSteps.choose(IbKeySteps.password(server, new Browser(), asIbKey), "sls-ib-key");
            String pendingOnOldPhone = IbKeySteps.onlyPending(oldPhone, person.onApp());
            setMail(admin, mail.getSmtp().getPort());

            IbKeyApp newPhone = IbKeyApp.install("new phone", "android");
            RecoveryStarted started = newPhone.startRecovery(server.baseUrl(), REALM, person.user().username(),
                    person.user().password());
            assertEquals("sms", started.proof());
            assertTrue(started.pinRequired());
            assertTrue(started.sentTo().contains("•") && !started.sentTo().contains(person.number().substring(2, 8)),
                    started.sentTo());
            String token = token(person.number());
            DeviceApiException wrongPin = assertThrows(DeviceApiException.class, () -> newPhone.finishRecovery(
                    server.baseUrl(), REALM, started, token, "9999", PIN));
            assertEquals("recovery_pin_invalid", wrongPin.error());
            IbKeyUser recovered = newPhone.finishRecovery(server.baseUrl(), REALM, started, token, PIN, PIN);
            assertEquals(person.user().username(), recovered.username());

            assertEquals("device_retired", assertThrows(DeviceApiException.class,
                    () -> oldPhone.approve(person.onApp(), pendingOnOldPhone, IbKeySteps.shown(waiting))).error(),
                    "the old key's pending push died with it");
            assertEquals("device_retired", assertThrows(DeviceApiException.class,
                    () -> oldPhone.pending(person.onApp())).error());

            Page push = IbKeySteps.password(server, new Browser(), other);
            oldPhone.approve(otherOnOldPhone, IbKeySteps.onlyPending(oldPhone, otherOnOldPhone), IbKeySteps.shown(push));
            assertEquals(other.username(), OidcLogin.finish(IbKeySteps.continueAfterDecision(push, "approved"))
                    .accessClaims().path("preferred_username").asText(), "the other user of the old app still approves");

            Page byNewPhone = ChooserSteps.choose(IbKeySteps.password(server, new Browser(), asIbKey), "sls-ib-key");
            newPhone.approve(recovered, IbKeySteps.onlyPending(newPhone, recovered), IbKeySteps.shown(byNewPhone));
            assertEquals(person.user().username(), OidcLogin.finish(IbKeySteps.continueAfterDecision(byNewPhone,
                    "approved")).accessClaims().path("preferred_username").asText());

            FakeTwilio.Received notice = twilio.nextMessage(person.number(), "recovered");
            assertTrue(notice.form().get("Body").contains("recovered"), notice.form()::toString);
            assertTrue(mail.waitForIncomingEmail(15_000, 1), "the recovery was told by email");
            MimeMessage told = lastTo(mail, person.user().username() + "@example.test");
            assertEquals("IB Key was recovered on a phone for your account", told.getSubject());
            assertTrue(GreenMailUtil.getBody(told).contains("Client Services"), GreenMailUtil.getBody(told));

            JsonNode lines = history(admin, person.user().username()).path("lines");
            assertEquals("recovered", lines.get(0).path("event").asText(), lines::toString);
            assertEquals("sms+pin", lines.get(0).path("proof").asText());
            assertEquals(newPhone.publicKey(), lines.get(0).path("publicKey").asText());
            assertEquals("retired", lines.get(1).path("event").asText(), lines::toString);
            assertEquals(oldPhone.publicKey(), lines.get(1).path("publicKey").asText());
            assertEquals("activated", lines.get(2).path("event").asText());
            assertEquals("sms", lines.get(2).path("proof").asText());
            assertFalse(lines.toString().contains(person.number()), "no number in the history");
            assertEquals(1, history(admin, other.id()).path("lines").size(), "the other user's history is theirs");
        } finally {
            setMail(admin, -1);
            mail.stop();
        }
    }

    @Test
    void aNumberNoLongerVerifiedGetsNoSmsAndThePersonIsSentToClientServices(KeycloakServer server,
                                                                          AdminClient admin) {
        try (PhoneConfig ignored = PhoneSteps.twilio(admin, server, twilio, LIMITS)) {
            Person person = activatedBySms(server, admin, "changed", IbKeyApp.install("old phone", "android"));
            String newNumber = PhoneSteps.fictionalNumber();
            ObjectNode user = (ObjectNode) admin.get("/" + REALM + "/users/" + person.user().id());
            ObjectNode attributes = (ObjectNode) user.get("attributes");
            attributes.set("slsPhoneNumbers", AdminClient.array(List.of(person.number(), newNumber)));
            attributes.set("slsPhoneNumbersVerified", AdminClient.array(List.of(newNumber)));
            admin.put("/" + REALM + "/users/" + person.user().id(), user);
            int sentBefore = twilio.received().size();

            DeviceApiException refused = assertThrows(DeviceApiException.class, () -> IbKeyApp.install("new", "ios")
                    .startRecovery(server.baseUrl(), REALM, person.user().username(), person.user().password()));
            assertEquals("no_recovery_proof", refused.error());
            assertTrue(refused.serverMessage().contains("temporary account access by contacting Client Services"),
                    refused.serverMessage());
            assertEquals(sentBefore, twilio.received().size(), "no SMS to the old number nor to the new one");
        }
    }

    @Test
    void wrongTokensCountLikeALoginAndTenWrongPinsBlockRecoveryUntilClientServicesResetsIt(KeycloakServer server,
                                                                                         AdminClient admin) {
        try (PhoneConfig ignored = PhoneSteps.twilio(admin, server, twilio, LIMITS)) {
            Person person = activatedBySms(server, admin, "pinblock", IbKeyApp.install("old phone", "android"));
            IbKeyApp newPhone = IbKeyApp.install("new phone", "android");
            String username = person.user().username();
            String password = person.user().password();

            DeviceApiException wrongPassword = assertThrows(DeviceApiException.class,
                    () -> newPhone.startRecovery(server.baseUrl(), REALM, username, "not-the-password"));
            DeviceApiException unknown = assertThrows(DeviceApiException.class,
                    () -> newPhone.startRecovery(server.baseUrl(), REALM, "nobody-" + System.nanoTime(), "x"));
            assertEquals(wrongPassword.error() + wrongPassword.serverMessage(), unknown.error() + unknown.serverMessage());
            BruteForce.assertFailures(admin, REALM, person.user().id(), 1);

            RecoveryStarted first = newPhone.startRecovery(server.baseUrl(), REALM, username, password);
            String token = token(person.number());
            String wrongToken = token.equals("000000") ? "111111" : "000000";
            assertEquals("sms_code_invalid", assertThrows(DeviceApiException.class, () -> newPhone.finishRecovery(
                    server.baseUrl(), REALM, first, wrongToken, PIN, PIN)).error());
            BruteForce.assertFailures(admin, REALM, person.user().id(), 2);
            admin.clearBruteForce(REALM, person.user().id());

            List<String> answers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                answers.add(wrongPin(server, newPhone, first, token));
            }
            RecoveryStarted second = newPhone.startRecovery(server.baseUrl(), REALM, username, password);
            String secondToken = token(person.number());
            for (int i = 0; i < 5; i++) {
                answers.add(wrongPin(server, newPhone, second, secondToken));
            }
            assertEquals("recovery_expired", wrongPin(server, newPhone, second, secondToken),
                    "five answers per recovery");
            RecoveryStarted third = newPhone.startRecovery(server.baseUrl(), REALM, username, password);
            answers.add(wrongPin(server, newPhone, third, token(person.number())));
            assertEquals(List.of("recovery_pin_invalid", "recovery_pin_invalid", "recovery_pin_invalid",
                    "recovery_pin_invalid", "recovery_pin_invalid", "recovery_pin_invalid", "recovery_pin_invalid",
                    "recovery_pin_invalid", "recovery_pin_invalid", "recovery_pin_blocked"), answers);
            JsonNode state = admin.get("/" + REALM + "/sls/recovery/users/" + username + "/pin");
            assertTrue(state.path("blocked").asBoolean(), state::toString);
            assertEquals(10, state.path("failures").asInt());

            int sentBefore = twilio.to(person.number()).size();
            DeviceApiException blocked = assertThrows(DeviceApiException.class,
                    () -> newPhone.startRecovery(server.baseUrl(), REALM, username, password));
            assertEquals("recovery_pin_blocked", blocked.error());
            assertTrue(blocked.serverMessage().contains("Client Services"), blocked.serverMessage());
            assertEquals(sentBefore, twilio.to(person.number()).size(), "no SMS once blocked");

            AdminClient.Response reset = admin.send("POST", "/" + REALM + "/sls/recovery/users/" + username
                    + "/pin/reset", "{}");
            assertEquals(200, reset.status(), reset.body());
            RecoveryStarted again = newPhone.startRecovery(server.baseUrl(), REALM, username, password);
            IbKeyUser recovered = newPhone.finishRecovery(server.baseUrl(), REALM, again, token(person.number()), PIN,
                    PIN);
            assertNotNull(recovered.deviceHandle());
            assertEquals(0, admin.get("/" + REALM + "/sls/recovery/users/" + username + "/pin").path("failures")
                    .asInt());
        }
    }

    /** The README's demo: frank lost his phone; the reference app's command line recovers him by SMS and PIN. */
    @Test
    void theDemoUserFrankRecoversWithTheReferenceAppsCommandLine(KeycloakServer server, AdminClient admin,
                                                               @TempDir Path dir) throws Exception {
        String frank = "+14155550199";
        try (PhoneConfig ignored = PhoneSteps.twilio(admin, server, twilio, LIMITS);
             PipedOutputStream typing = new PipedOutputStream();
             PipedInputStream keyboard = new PipedInputStream(typing)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            String[] args = {"--platform", "android", "recover", "--server", server.baseUrl(), "--realm", REALM,
                "--username", "frank", "--password", "frank-demo-password", "--recovery-pin", "k7Q4"};
            int before = twilio.to(frank).size();
            CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> IbKeyCli.run(args,
                    dir.resolve("phone.json"), keyboard, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), null));
            long deadline = System.currentTimeMillis() + 20_000;
            while (twilio.to(frank).size() == before && System.currentTimeMillis() < deadline && !exit.isDone()) {
                Thread.sleep(100);
            }
            typing.write((token(frank) + "\n").getBytes(StandardCharsets.UTF_8));
            typing.flush();
            assertEquals(0, exit.get(30, TimeUnit.SECONDS), err.toString(StandardCharsets.UTF_8));
            String said = out.toString(StandardCharsets.UTF_8);
            assertTrue(said.contains("Activation Token sent by SMS to +1 ••• ••• 99"), said);
            assertTrue(said.contains("recovered " + REALM + "/frank"), said);
        }
        JsonNode lines = history(admin, "frank").path("lines");
        assertEquals("recovered", lines.get(0).path("event").asText(), lines::toString);
        assertEquals("retired", lines.get(1).path("event").asText(), lines::toString);
    }

    private static String wrongPin(KeycloakServer server, IbKeyApp app, RecoveryStarted started, String token) {
        return assertThrows(DeviceApiException.class,
                () -> app.finishRecovery(server.baseUrl(), REALM, started, token, "0000", PIN)).error();
    }

    private static MimeMessage lastTo(GreenMail mail, String address) throws Exception {
        MimeMessage found = null;
        for (MimeMessage message : mail.getReceivedMessages()) {
            if (message.getAllRecipients()[0].toString().equals(address)) {
                found = message;
            }
        }
        assertNotNull(found, "no mail to " + address);
        return found;
    }

    private static void setMail(AdminClient admin, int port) {
        ObjectNode realm = JSON.createObjectNode();
        ObjectNode smtp = realm.putObject("smtpServer");
        if (port > 0) {
            smtp.put("host", "127.0.0.1").put("port", String.valueOf(port)).put("from", "secure-login@example.test");
        }
        admin.put("/" + REALM, realm);
    }
}
