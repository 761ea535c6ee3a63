package dev.sls.ibkey.it;

import static dev.sls.ibkey.it.IbKeySteps.PIN;
import static dev.sls.ibkey.it.IbKeySteps.REALM;
import static dev.sls.ibkey.it.IbKeySteps.RESPONSE_FORM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sls.ibkey.app.DeviceApiException;
import dev.sls.ibkey.app.IbKeyApp;
import dev.sls.ibkey.protocol.api.DecisionRequest;
import dev.sls.it.WithdrawalApp;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.KeycloakExtension;
import dev.sls.testkit.browser.Browser;
import dev.sls.testkit.browser.OidcLogin;
import dev.sls.testkit.browser.Page;
import dev.sls.testkit.server.KeycloakServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every decision the phone signs is kept as a receipt Client Services can list and check again, also after the phone
 * was replaced; a changed receipt fails the check.
 */
@ExtendWith(KeycloakExtension.class)
class IbKeyReceiptTest {

    private static final String PAYEE = "ACME Brokerage 1234";

    @BeforeAll
    static void theAdminAddsTheClaim(AdminClient admin) {
        WithdrawalApp.addClaimScope(admin);
    }

    @Test
    void eachDecisionLeavesOneReceiptThatChecksAgainAfterThePhoneIsReplaced(KeycloakServer server,
                                                                            AdminClient admin) throws Exception {
        IbKeySteps.Enrolled e = IbKeySteps.enrolled(server, admin, "receipts");
        String userId = e.user().id();
        assertEquals(0, receipts(admin, userId).path("receipts").size(), "activation is no decision");

        // 1: an approved login.
        Page push = IbKeySteps.password(server, new Browser(), e.user());
        String approvedId = IbKeySteps.onlyPending(e.app(), e.onApp());
        String code = IbKeySteps.shown(push);
        // A decision refused on its signature leaves nothing.
        DecisionRequest signed = e.app().signDecision(e.onApp(), approvedId, "approve", null, code, null);
        assertThrows(DeviceApiException.class, () -> e.app().apiClient().sendDecision(e.onApp(), approvedId,
                new DecisionRequest("approve", null, code, "USD 1.00", signed.nonce(), signed.time(),
                        signed.signature())));
        assertEquals("approved", e.app().apiClient().sendDecision(e.onApp(), approvedId, signed).status());
        OidcLogin.finish(IbKeySteps.continueAfterDecision(push, "approved"));

        // 2: a confirmed withdrawal.
        WithdrawalApp rp = new WithdrawalApp(server);
        Page withdrawal = rp.begin(new Browser(), List.of(WithdrawalApp.withdrawal("1500.00", "USD", PAYEE)), true)
                .form("#kc-form-login").set("username", e.user().username()).set("password", e.user().password())
                .submit("kc-login");
        String withdrawalId = IbKeySteps.onlyPending(e.app(), e.onApp());
        assertEquals("approved", e.app().approve(e.onApp(), withdrawalId, IbKeySteps.shown(withdrawal)).status());
        rp.finish(IbKeySteps.continueAfterDecision(withdrawal, "approved"));

        // 3: a plain deny.
        Page denied = IbKeySteps.password(server, new Browser(), e.user());
        String deniedId = IbKeySteps.onlyPending(e.app(), e.onApp());
        assertEquals("denied", e.app().deny(e.onApp(), deniedId).status());
        IbKeySteps.continueAfterDecision(denied, "denied");
        admin.clearBruteForce(REALM, userId);

        JsonNode list = receipts(admin, e.user().username());
        assertEquals(400, list.path("retentionDays").asInt());
        JsonNode receipts = list.path("receipts");
        assertEquals(3, receipts.size(), receipts::toString);
        JsonNode deny = receipts.get(0);
        JsonNode wd = receipts.get(1);
        JsonNode login = receipts.get(2);
        assertEquals(List.of(deniedId, withdrawalId, approvedId), List.of(deny.path("signed").path("challengeId")
                .asText(), wd.path("signed").path("challengeId").asText(), login.path("signed").path("challengeId")
                .asText()), "newest first");
        assertEquals(List.of("login", "approved", "approve", code), List.of(login.path("kind").asText(),
                login.path("outcome").asText(), login.path("signed").path("decision").asText(),
                login.path("signed").path("fields").path("code").asText()));
        assertEquals(List.of("withdrawal", "approved", "USD 1,500.00", PAYEE), List.of(wd.path("kind").asText(),
                wd.path("outcome").asText(), wd.path("signed").path("fields").path("amount").asText(),
                wd.path("signed").path("fields").path("payee").asText()));
        assertEquals(List.of("login", "denied", "deny"), List.of(deny.path("kind").asText(),
                deny.path("outcome").asText(), deny.path("signed").path("decision").asText()));
        assertEquals(IbKeySteps.CLIENT, login.path("clientId").asText());
        assertEquals("127.0.0.1", login.path("ipAddress").asText());
        assertTrue(login.path("message").asText().startsWith("SLS-DEVICE-MESSAGE-1\n"), login::toString);
        String oldPhone = login.path("deviceId").asText();

        // The phone is replaced: the person logs in with the old phone's code and activates a new phone.
        admin.addRequiredAction(REALM, userId, IbKeySteps.ACTIVATE_ACTION);
        Page other = offline(IbKeySteps.password(server, new Browser(), e.user()));
        Page activation = other.form(RESPONSE_FORM).set("sls-response",
                e.app().respond(e.onApp(), challenge(other), PIN)).submit("kc-login");
        IbKeySteps.Activated activated = IbKeySteps.activateByQr(activation, IbKeyApp.install("new phone", "android"));
        OidcLogin.finish(activated.next());
        assertNotEquals(oldPhone, IbKeySteps.ibKeyCredentials(admin, userId).get(0).path("id").asText());

        JsonNode after = receipts(admin, userId).path("receipts");
        assertEquals(3, after.size(), "receipts outlive the phone: " + after);
        for (JsonNode receipt : after) {
            JsonNode verdict = admin.post(path(userId, receipt) + "/verify", AdminClient.object());
            assertTrue(verdict.path("valid").asBoolean(), verdict::toString);
        }

        // A copy presented as evidence holds only as signed: a changed amount (or decision) fails.
        String message = wd.path("message").asText();
        String signature = wd.path("signature").asText();
        assertTrue(check(admin, path(userId, wd), message, signature).path("valid").asBoolean());
        JsonNode tampered = check(admin, path(userId, wd), message.replace("USD 1,500.00", "USD 15.00"), signature);
        assertEquals(Map.of("valid", false, "problem", "signature_mismatch"), Map.of("valid",
                tampered.path("valid").asBoolean(), "problem", tampered.path("problem").asText()), tampered::toString);
        JsonNode flipped = check(admin, path(userId, deny), deny.path("message").asText()
                .replace("decision=deny", "decision=approve"), deny.path("signature").asText());
        assertEquals("signature_mismatch", flipped.path("problem").asText(), flipped::toString);
        // A genuine signature of the same phone over another request does not make the deny's receipt.
        JsonNode swapped = check(admin, path(userId, deny), message, signature);
        assertEquals("not_this_receipt", swapped.path("problem").asText(), swapped::toString);

        AdminClient.Response unknown = admin.send("POST", "/" + REALM + "/sls/receipts/users/" + userId
                + "/no-such-receipt/verify", AdminClient.object());
        assertEquals(404, unknown.status(), unknown.body());
        assertTrue(unknown.body().contains("receipt_not_found"), unknown.body());
        AdminClient.Response badMax = admin.send("GET", "/" + REALM + "/sls/receipts/users/" + userId + "?max=0",
                null);
        assertEquals(400, badMax.status(), badMax.body());
    }

    private static JsonNode receipts(AdminClient admin, String user) {
        return admin.get("/" + REALM + "/sls/receipts/users/" + user);
    }

    private static String path(String userId, JsonNode receipt) {
        return "/" + REALM + "/sls/receipts/users/" + userId + "/" + receipt.path("id").asText();
    }

    private static JsonNode check(AdminClient admin, String receiptPath, String message, String signature) {
        return admin.post(receiptPath + "/check", AdminClient.object().put("message", message)
                .put("signature", signature));
    }

    private static Page offline(Page afterPassword) {
        return afterPassword.has(RESPONSE_FORM) ? afterPassword
                : afterPassword.form(IbKeySteps.PUSH_OPTIONS).submit("sls-offline");
    }

    private static String challenge(Page responsePage) {
        return responsePage.document().selectFirst("#sls-challenge").text().replace(" ", "");
    }
}
