package dev.sls.ibkey.it;

import static dev.sls.ibkey.it.IbKeySteps.REALM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.sls.chooser.it.ChooserSteps;
import dev.sls.ibkey.app.DeviceApiException;
import dev.sls.ibkey.app.IbKeyApp;
import dev.sls.ibkey.app.IbKeyUser;
import dev.sls.ibkey.protocol.IbKeyProtocol;
import dev.sls.ibkey.protocol.api.DecisionRequest;
import dev.sls.it.BruteForce;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.KeycloakExtension;
import dev.sls.testkit.browser.Browser;
import dev.sls.testkit.browser.OidcLogin;
import dev.sls.testkit.browser.Page;
import dev.sls.testkit.server.KeycloakServer;
import jakarta.mail.internet.MimeMessage;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * "I did not start this": a signed deny with the reason not_me stops pushes (other devices still work), is recorded
 * as an event and an alert, tells the person by email, is not a brute-force failure, and, where the realm says so,
 * ends the person's sessions and asks for a new password. Strangers cannot send it.
 */
@ExtendWith(KeycloakExtension.class)
class IbKeyNotMeTest {

    private static final String IB_KEY = "sls-ib-key";
    private static final String STOPPED = "notifications to it are stopped";

    @Test
    void notMeStopsPushesTellsThePersonAndClientServicesButOtherDevicesStillWork(KeycloakServer server,
                                                                               AdminClient admin) throws Exception {
        GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        try {
            setMail(admin, mail.getSmtp().getPort());
            ChooserSteps.TestUser person = ChooserSteps.person(admin, "notme", Set.of(ChooserSteps.Given.OTP));
            IbKeyApp app = IbKeyApp.install("phone of notme", "android");
            IbKeyUser onApp = activateAfterOtp(server, admin, person, app);
            mail.purgeEmailFromAllMailboxes();

            Page push = ChooserSteps.choose(ChooserSteps.password(server, new Browser(), person), IB_KEY);
            assertTrue(push.has(IbKeySteps.PUSH_FORM), push::describe);
            String challengeId = IbKeySteps.onlyPending(app, onApp);
            String amount = app.read(onApp, challengeId).amount();

            // A stranger adds the reason to a deny the phone signed without it: refused on the signature, no trace.
            DecisionRequest plain = app.signDecision(onApp, challengeId, IbKeyProtocol.DENY, null, null, amount,
                    null, null, null);
            DecisionRequest forged = new DecisionRequest(plain.decision(), null, null, amount, null, null,
                    IbKeyProtocol.REASON_NOT_ME, plain.nonce(), plain.time(), plain.signature());
            DeviceApiException bad = assertThrows(DeviceApiException.class,
                    () -> app.apiClient().sendDecision(onApp, challengeId, forged));
            assertEquals(401, bad.status());
            assertEquals("bad_signature", bad.error());
            // The reason goes with a deny only, even correctly signed.
            DeviceApiException approveNotMe = assertThrows(DeviceApiException.class, () -> app.apiClient()
                    .sendDecision(onApp, challengeId, app.signDecision(onApp, challengeId, IbKeyProtocol.APPROVE,
                            null, IbKeySteps.shown(push), amount, null, null, IbKeyProtocol.REASON_NOT_ME)));
            assertEquals("invalid_request", approveNotMe.error());
            assertEquals(0, alerts(admin, person.id()).path("alerts").size(), "nothing was reported yet");

            assertEquals("denied", app.denyNotMe(onApp, challengeId).status());
            Page denied = IbKeySteps.continueAfterDecision(push, "denied");
            assertFalse(denied.isRedirect(), denied::describe);
            BruteForce.assertFailures(admin, REALM, person.id(), 0);

            JsonNode event = StreamSupport.stream(admin.get("/" + REALM + "/events?type=LOGIN_ERROR&user="
                    + person.id()).spliterator(), false).filter(e -> "sls_not_me".equals(e.path("error").asText()))
                    .findFirst().orElseThrow(() -> new AssertionError("no sls_not_me event"));
            assertEquals(IbKeySteps.CLIENT, event.path("clientId").asText(), event::toString);
            assertEquals("127.0.0.1", event.path("ipAddress").asText(), event::toString);
            assertFalse(event.path("details").path("sls_user_agent").asText().isBlank(), event::toString);
            assertEquals("false", event.path("details").path("sls_password_reset").asText(), event::toString);

            assertTrue(mail.waitForIncomingEmail(15_000, 1), "the person was told");
            MimeMessage notice = mail.getReceivedMessages()[0];
            assertEquals(person.username() + "@example.test", notice.getAllRecipients()[0].toString());
            assertEquals("A login to your account was refused on your phone", notice.getSubject());
            String body = GreenMailUtil.getBody(notice);
            assertTrue(body.contains("127.0.0.1") && body.contains("Client Services"), body);

            JsonNode alerts = alerts(admin, person.username());
            assertEquals(1, alerts.path("alerts").size(), alerts::toString);
            JsonNode alert = alerts.path("alerts").get(0);
            assertEquals(IbKeySteps.CLIENT, alert.path("clientId").asText());
            assertEquals("127.0.0.1", alert.path("ipAddress").asText());
            assertFalse(alert.path("userAgent").asText().isBlank(), alert::toString);
            assertTrue(alerts.path("pushesStoppedUntil").isTextual(), alerts::toString);

            // The next login that picks IB Key gets no push: the page says why and offers challenge/response.
            Page next = ChooserSteps.choose(ChooserSteps.password(server, new Browser(), person), IB_KEY);
            assertTrue(next.has(IbKeySteps.RESPONSE_FORM), next::describe);
            assertTrue(next.text().contains(STOPPED), next::describe);
            assertEquals(0, app.pending(onApp).challenges().size(), "no push went");
            // Another device still works.
            Page chooser = ChooserSteps.useAnotherDevice(next);
            Page done = ChooserSteps.answerOtp(ChooserSteps.choose(chooser, "otp"), person);
            assertEquals(person.username(), OidcLogin.finish(done).accessClaims().path("preferred_username").asText());
        } finally {
            setMail(admin, -1);
            mail.stop();
        }
    }

    @Test
    void whenTheRealmSaysSoNotMeEndsEverySessionAndAsksForANewPassword(KeycloakServer server, AdminClient admin) {
        IbKeySteps.Enrolled e = IbKeySteps.enrolled(server, admin, "notme-reset");
        assertTrue(admin.get("/" + REALM + "/users/" + e.user().id() + "/sessions").size() >= 1, "logged in");
        setAttribute(admin, "sls.not-me.reset-password", "true");
        try {
            Page push = IbKeySteps.password(server, new Browser(), e.user());
            assertEquals("denied", e.app().denyNotMe(e.onApp(), IbKeySteps.onlyPending(e.app(), e.onApp())).status());
            IbKeySteps.continueAfterDecision(push, "denied");

            assertEquals(0, admin.get("/" + REALM + "/users/" + e.user().id() + "/sessions").size(),
                    "every session ended");
            JsonNode user = admin.get("/" + REALM + "/users/" + e.user().id());
            assertTrue(user.path("requiredActions").toString().contains("UPDATE_PASSWORD"), user::toString);
            BruteForce.assertFailures(admin, REALM, e.user().id(), 0);

            // The person logs in with challenge/response (pushes are stopped) and must choose a new password.
            Page stopped = IbKeySteps.password(server, new Browser(), e.user());
            assertTrue(stopped.text().contains(STOPPED), stopped::describe);
            String challenge = stopped.document().selectFirst("#sls-challenge").text().replace(" ", "");
            Page update = stopped.form(IbKeySteps.RESPONSE_FORM).set("sls-response",
                    e.app().respond(e.onApp(), challenge, IbKeySteps.PIN)).submit("kc-login");
            assertTrue(update.has("#kc-passwd-update-form"), update::describe);
        } finally {
            setAttribute(admin, "sls.not-me.reset-password", null);
        }
    }

    @Test
    void aPlainDenyStaysAPlainDeny(KeycloakServer server, AdminClient admin) {
        IbKeySteps.Enrolled e = IbKeySteps.enrolled(server, admin, "plain-deny");
        Page push = IbKeySteps.password(server, new Browser(), e.user());
        assertEquals("denied", e.app().deny(e.onApp(), IbKeySteps.onlyPending(e.app(), e.onApp())).status());
        IbKeySteps.continueAfterDecision(push, "denied");
        try {
            BruteForce.assertFailures(admin, REALM, e.user().id(), 1);
            JsonNode alerts = alerts(admin, e.user().id());
            assertEquals(0, alerts.path("alerts").size(), alerts::toString);
            assertFalse(alerts.path("pushesStoppedUntil").isTextual(), alerts::toString);
        } finally {
            admin.clearBruteForce(REALM, e.user().id());
        }
    }

    private static JsonNode alerts(AdminClient admin, String user) {
        return admin.get("/" + REALM + "/sls/alerts/users/" + user);
    }

    /** Logs in with the OTP the person holds and activates IB Key, as a person adding a phone does. */
    private static IbKeyUser activateAfterOtp(KeycloakServer server, AdminClient admin, ChooserSteps.TestUser person,
                                              IbKeyApp app) {
        admin.addRequiredAction(REALM, person.id(), IbKeySteps.ACTIVATE_ACTION);
        Page page = ChooserSteps.password(server, new Browser(), person);
        if (page.has(ChooserSteps.CHOOSER_FORM)) {
            page = ChooserSteps.choose(page, "otp");
        }
        IbKeySteps.Activated activated = IbKeySteps.activateByQr(ChooserSteps.answerOtp(page, person), app);
        OidcLogin.finish(activated.next());
        return activated.user();
    }

    /** Keycloak replaces all attributes of a realm on update: the whole representation goes back. */
    static void setAttribute(AdminClient admin, String name, String value) {
        ObjectNode realm = (ObjectNode) admin.get("/" + REALM);
        ObjectNode attributes = (ObjectNode) realm.get("attributes");
        if (value == null) {
            attributes.remove(name);
        } else {
            attributes.put(name, value);
        }
        admin.put("/" + REALM, realm);
    }

    private static void setMail(AdminClient admin, int port) {
        ObjectNode realm = AdminClient.object();
        ObjectNode smtp = realm.putObject("smtpServer");
        if (port > 0) {
            smtp.put("host", "127.0.0.1").put("port", String.valueOf(port)).put("from", "secure-login@example.test");
        }
        admin.put("/" + REALM, realm);
    }
}
