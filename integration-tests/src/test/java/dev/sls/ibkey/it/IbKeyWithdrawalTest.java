package dev.sls.ibkey.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sls.ibkey.app.DeviceApiException;
import dev.sls.ibkey.app.IbKeyApp;
import dev.sls.ibkey.app.IbKeyUser;
import dev.sls.ibkey.protocol.api.ChallengeContext;
import dev.sls.ibkey.protocol.api.DecisionRequest;
import dev.sls.it.WithdrawalApp;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.KeycloakExtension;
import dev.sls.testkit.browser.Browser;
import dev.sls.testkit.browser.Page;
import dev.sls.testkit.server.KeycloakServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A withdrawal confirmed on the phone: the amount and payee the application asked are shown on the phone and on the
 * login page, the phone signs exactly them (another amount or payee is refused), and the application — a real OIDC
 * library checking the ID token's signature — reads what was approved from the token.
 */
@ExtendWith(KeycloakExtension.class)
class IbKeyWithdrawalTest {

    private static final String PAYEE = "ACME Brokerage •••• 1234";

    @BeforeAll
    static void theAdminAddsTheClaim(AdminClient admin) {
        WithdrawalApp.addClaimScope(admin);
    }

    private record Enrolled(IbKeySteps.TestUser user, IbKeyApp app, IbKeyUser onApp) {
    }

    private static Enrolled enrolled(KeycloakServer server, AdminClient admin, String prefix) {
        IbKeySteps.TestUser user = IbKeySteps.newUser(admin, prefix);
        IbKeyApp app = IbKeyApp.install("phone of " + prefix, "android");
        return new Enrolled(user, app, IbKeySteps.enrol(server, user, app));
    }

    private static Page ask(WithdrawalApp app, Enrolled e, String amount, String payee) {
        Page login = app.begin(new Browser(), List.of(WithdrawalApp.withdrawal(amount, "USD", payee)), true);
        return login.form("#kc-form-login").set("username", e.user().username()).set("password", e.user().password())
                .submit("kc-login");
    }

    @Test
    void thePhoneShowsAndSignsTheAmountAndPayeeAndTheTokenCarriesThem(KeycloakServer server, AdminClient admin)
            throws Exception {
        Enrolled e = enrolled(server, admin, "wd-phone");
        WithdrawalApp rp = new WithdrawalApp(server);
        Page push = ask(rp, e, "250000.00", PAYEE);
        assertEquals("Amount to confirm: $250,000.00", push.document().selectFirst("#sls-amount").text());
        assertEquals("Payee: " + PAYEE, push.document().selectFirst("#sls-payee").text());

        String challengeId = IbKeySteps.onlyPending(e.app(), e.onApp());
        ChallengeContext shown = e.app().read(e.onApp(), challengeId);
        assertEquals("USD 250,000.00", shown.amount());
        assertEquals(PAYEE, shown.payee());
        assertEquals("approved", e.app().approve(e.onApp(), challengeId, IbKeySteps.shown(push)).status());

        WithdrawalApp.Outcome outcome = rp.finish(IbKeySteps.continueAfterDecision(push, "approved"));
        assertEquals(e.user().username(), outcome.idToken().getStringClaim("preferred_username"));
        Map<String, Object> claim = outcome.withdrawalClaim();
        assertEquals("250000.00", claim.get("amount"));
        assertEquals("USD", claim.get("currency"));
        assertEquals(PAYEE, claim.get("payee"));
        assertEquals("sls-ib-key", claim.get("device"));
        assertTrue(((Number) claim.get("confirmed_at")).longValue() > 0);
        assertEquals(PAYEE, outcome.granted().get(0).getStringField("payee"));
    }

    @Test
    void aSignatureOverAnotherAmountOrPayeeIsRefused(KeycloakServer server, AdminClient admin) throws Exception {
        Enrolled e = enrolled(server, admin, "wd-tamper");
        WithdrawalApp rp = new WithdrawalApp(server);
        Page push = ask(rp, e, "900.00", PAYEE);
        String challengeId = IbKeySteps.onlyPending(e.app(), e.onApp());
        String code = IbKeySteps.shown(push);

        DecisionRequest otherAmount = e.app().signDecision(e.onApp(), challengeId, "approve", null, code,
                "USD 9,000.00", PAYEE);
        DeviceApiException amount = assertThrows(DeviceApiException.class,
                () -> e.app().apiClient().sendDecision(e.onApp(), challengeId, otherAmount));
        assertEquals(409, amount.status());
        assertEquals("amount_mismatch", amount.error());
        DecisionRequest otherPayee = e.app().signDecision(e.onApp(), challengeId, "approve", null, code,
                "USD 900.00", "Mallory");
        assertEquals("payee_mismatch", assertThrows(DeviceApiException.class,
                () -> e.app().apiClient().sendDecision(e.onApp(), challengeId, otherPayee)).error());
        DecisionRequest unsigned = e.app().signDecision(e.onApp(), challengeId, "approve", null, code,
                "USD 900.00", PAYEE);
        DecisionRequest swapped = new DecisionRequest(unsigned.decision(), unsigned.number(), unsigned.code(),
                "USD 90.00", unsigned.payee(), unsigned.nonce(), unsigned.time(), unsigned.signature());
        assertEquals("bad_signature", assertThrows(DeviceApiException.class,
                () -> e.app().apiClient().sendDecision(e.onApp(), challengeId, swapped)).error());
        assertEquals(0, admin.bruteForceStatus(IbKeySteps.REALM, e.user().id()).path("numFailures").asInt());

        assertEquals("approved", e.app().apiClient().sendDecision(e.onApp(), challengeId, unsigned).status());
        assertEquals("900.00", rp.finish(IbKeySteps.continueAfterDecision(push, "approved")).withdrawalClaim()
                .get("amount"));
    }

    @Test
    void aboveAMillionTheIbKeyNamesTheDscPlus(KeycloakServer server, AdminClient admin) {
        Enrolled e = enrolled(server, admin, "wd-million");
        Page refused = ask(new WithdrawalApp(server), e, "1000000.01", null);
        assertEquals(0, e.app().pending(e.onApp()).challenges().size(), "no push for what the phone cannot confirm");
        assertEquals("To confirm withdrawals above $1,000,000.00, you need this device: Digital Security Card+"
                + " (DSC+).", refused.document().selectFirst("#sls-withdrawal-needed").text());
    }

    @Test
    void anOfflineResponseCannotConfirmAWithdrawal(KeycloakServer server, AdminClient admin) {
        Enrolled e = enrolled(server, admin, "wd-offline");
        Page push = ask(new WithdrawalApp(server), e, "500.00", null);
        Page challengePage = push.form(IbKeySteps.PUSH_OPTIONS).submit("sls-offline");
        String challenge = challengePage.document().selectFirst("#sls-challenge").text();
        Page after = challengePage.form(IbKeySteps.RESPONSE_FORM)
                .set("sls-response", e.app().respond(e.onApp(), challenge, IbKeySteps.PIN)).submit("kc-login");
        assertTrue(after.errorText().contains("An offline response cannot confirm a withdrawal"), after::describe);
        assertEquals(0, admin.get("/" + IbKeySteps.REALM + "/sls/withdrawal/users/" + e.user().id())
                .path("withdrawals").size());
    }
}
