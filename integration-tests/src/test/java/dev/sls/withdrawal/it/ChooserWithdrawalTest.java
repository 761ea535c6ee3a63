package dev.sls.withdrawal.it;

import dev.sls.chooser.it.ChooserSteps;
import static dev.sls.chooser.it.ChooserSteps.Given.CODE_CARD;
import static dev.sls.chooser.it.ChooserSteps.Given.OTP;
import static dev.sls.chooser.it.ChooserSteps.Given.SMS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sls.chooser.it.ChooserSteps;
import dev.sls.chooser.it.ChooserSteps.TestUser;
import dev.sls.it.WithdrawalApp;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.KeycloakExtension;
import dev.sls.testkit.browser.Browser;
import dev.sls.testkit.browser.Page;
import dev.sls.testkit.server.KeycloakServer;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import dev.sls.chooser.it.ChooserSteps;

/**
 * The chooser and withdrawal limits together: a device whose kind may not confirm the withdrawal the application asks
 * for is greyed with the refusal's own words, and when none of the person's devices may, the "device needed" page
 * says why and names the devices that would.
 */
@ExtendWith(KeycloakExtension.class)
class ChooserWithdrawalTest {

    @BeforeAll
    static void theAdminAddsTheClaim(AdminClient admin) {
        WithdrawalApp.addClaimScope(admin);
    }

    private static Page ask(WithdrawalApp app, TestUser user, String amount) {
        Page login = app.begin(new Browser(), List.of(WithdrawalApp.withdrawal(amount, "USD", null)), true);
        return login.form("#kc-form-login").set("username", user.username()).set("password", user.password())
                .submit("kc-login");
    }

    @Test
    void aDeviceThatConfirmsNoWithdrawalsIsGreyedAndTheCardConfirmsIt(KeycloakServer server, AdminClient admin)
            throws Exception {
        TestUser user = ChooserSteps.person(admin, "wd-choose", Set.of(CODE_CARD, SMS));
        WithdrawalApp app = new WithdrawalApp(server);
        Page chooser = ask(app, user, "1000.00");

        Element sms = ChooserSteps.row(chooser, "sls-sms");
        assertTrue(sms.hasClass("sls-device-unavailable"), sms::outerHtml);
        assertTrue(sms.selectFirst("input").hasAttr("disabled"), sms::outerHtml);
        assertTrue(sms.text().contains("Your SMS and voice codes cannot be used to confirm withdrawals."), sms::text);
        assertFalse(chooser.has("#sls-chooser-needed"), "every device reaches level 1: no level hint");
        Element card = ChooserSteps.row(chooser, "sls-code-card");
        assertFalse(card.selectFirst("input").hasAttr("disabled"), card::outerHtml);

        WithdrawalApp.Outcome outcome = app.finish(ChooserSteps.answerCodeCard(
                ChooserSteps.choose(chooser, "sls-code-card")));
        assertEquals("1000.00", outcome.withdrawalClaim().get("amount"));
        assertEquals("sls-code-card", outcome.withdrawalClaim().get("device"));
    }

    @Test
    void aForgedPickOfAGreyedDeviceIsRefusedByTheDeviceItself(KeycloakServer server, AdminClient admin) {
        TestUser user = ChooserSteps.person(admin, "wd-forged", Set.of(CODE_CARD, SMS));
        Page chooser = ask(new WithdrawalApp(server), user, "1000.00");
        String smsStep = ChooserSteps.row(chooser, "sls-sms").selectFirst("input").attr("value");

        Page forged = chooser.form(ChooserSteps.CHOOSER_FORM).set("authenticationExecution", smsStep)
                .submit("sls-choose");
        assertEquals(200, forged.status(), forged::describe);
        assertFalse(forged.has(ChooserSteps.SMS_FORM), "no code is sent: " + forged.describe());
        assertTrue(forged.text().contains("Your SMS and voice codes cannot be used to confirm withdrawals."),
                forged::describe);
    }

    @Test
    void aForgedPickOfKeycloaksGreyedOtpIsRefusedAtLogin(KeycloakServer server, AdminClient admin) throws Exception {
        TestUser user = ChooserSteps.person(admin, "wd-forged-otp", Set.of(CODE_CARD, OTP));
        WithdrawalApp app = new WithdrawalApp(server);
        Page chooser = ask(app, user, "1000.00");
        Element otp = ChooserSteps.row(chooser, "otp");
        assertTrue(otp.selectFirst("input").hasAttr("disabled"), "the chooser greys Keycloak's OTP: " + otp);

        Page otpPage = chooser.form(ChooserSteps.CHOOSER_FORM)
                .set("authenticationExecution", otp.selectFirst("input").attr("value")).submit("sls-choose");
        Page after = ChooserSteps.answerOtp(otpPage, user);
        assertFalse(after.isRedirect(), "the login must not end with a code: " + after.describe());
        assertTrue(after.has("#sls-withdrawal-refused"), after::describe);
        assertEquals("Withdrawal to confirm: $1,000.00",
                after.document().selectFirst("#sls-withdrawal-amount").text());

        Page back = after.form("#sls-withdrawal-form").submit("sls-withdrawal");
        assertEquals("access_denied", app.error(back));
        assertTrue(app.errorDescription(back).startsWith("withdrawal_device_needed:"), app.errorDescription(back));
        assertEquals(0, admin.get("/" + ChooserSteps.REALM + "/sls/withdrawal/users/" + user.id())
                .path("withdrawals").size());
    }

    @Test
    void whenNoDeviceOfThePersonMayConfirmItTheDeviceNeededPageSaysWhyAndNamesOne(KeycloakServer server,
                                                                                AdminClient admin) throws Exception {
        TestUser user = ChooserSteps.person(admin, "wd-none", Set.of(CODE_CARD, SMS));
        WithdrawalApp app = new WithdrawalApp(server);
        Page needed = ask(app, user, "250000.00");

        assertTrue(needed.has(ChooserSteps.NEEDED_FORM), needed::describe);
        String reason = needed.document().selectFirst("#sls-device-needed-reason").text();
        assertTrue(reason.contains("Your Security Code Card can confirm withdrawals of up to $200,000.00 in one"
                + " business day, and this one would go beyond that."), reason);
        assertTrue(reason.contains("Your SMS and voice codes cannot be used to confirm withdrawals."), reason);
        String devices = needed.document().selectFirst("#sls-device-needed-list").text();
        assertTrue(devices.contains("IB Key (Mobile Authentication)"), devices);
        assertFalse(devices.contains("Security Code Card"), devices);
        assertFalse(devices.contains("Passkey"), "reaches the level but confirms no withdrawal: " + devices);

        String intro = needed.document().selectFirst("#sls-device-needed-intro").text();
        assertFalse(intro.contains("asks for security level"), "the application asked for no level: " + intro);
        assertTrue(intro.contains("needs a device of security level"), intro);

        Page back = needed.form(ChooserSteps.NEEDED_FORM).submit("sls-back");
        assertEquals("access_denied", app.error(back));
        assertTrue(app.errorDescription(back).startsWith("withdrawal_limit:"), app.errorDescription(back));
        assertEquals(0, admin.get("/" + ChooserSteps.REALM + "/sls/withdrawal/users/" + user.id())
                .path("withdrawals").size());
    }
}
