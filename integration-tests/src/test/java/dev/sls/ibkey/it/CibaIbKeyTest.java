package dev.sls.ibkey.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.ciba.AuthRequestID;
import com.nimbusds.oauth2.sdk.ciba.CIBAResponse;
import dev.sls.ibkey.app.DeviceApiException;
import dev.sls.ibkey.protocol.api.ChallengeContext;
import dev.sls.ibkey.protocol.api.DecisionRequest;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.KeycloakExtension;
import dev.sls.testkit.server.KeycloakServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** OpenID Connect CIBA through IB Key, driven by the Nimbus SDK (the client) and the reference app (the phone). */
@ExtendWith(KeycloakExtension.class)
class CibaIbKeyTest {

    @Test
    void approvedOnThePhoneTheCallCentreGetsTokensThatSayIbKey(KeycloakServer server, AdminClient admin)
            throws Exception {
        IbKeySteps.Enrolled e = IbKeySteps.enrolled(server, admin, "ciba-ok");
        CibaClient client = CibaClient.callCentre(server);
        AuthRequestID id = client.accepted(e.user().username(), CibaClient.binding("CC-4711"));
        assertEquals("authorization_pending", CibaClient.error(client.poll(id)).getCode());

        String challengeId = IbKeySteps.onlyPending(e.app(), e.onApp());
        ChallengeContext shown = e.app().read(e.onApp(), challengeId);
        assertEquals(ChallengeContext.KIND_CIBA, shown.kind());
        assertEquals("CC-4711", shown.bindingMessage());
        assertEquals(CibaClient.CALL_CENTRE, shown.clientId());
        assertEquals("Call centre", shown.clientName());
        assertEquals("none", shown.matchMode(), "nothing to type: the binding message is compared instead");

        assertEquals("approved", e.app().approve(e.onApp(), challengeId, null).status());
        TokenResponse tokens = client.poll(id);
        assertTrue(tokens.indicatesSuccess(), () -> CibaClient.error(tokens).toJSONObject().toString());
        JWTClaimsSet idToken = CibaClient.idToken(tokens);
        assertEquals(e.user().username(), idToken.getStringClaim("preferred_username"));
        Map<String, Object> device = idToken.getJSONObjectClaim("sls_device");
        assertEquals("sls-ib-key", device.get("type"));
        assertNotNull(device.get("level"));
        assertEquals("sls-level-" + device.get("level"), idToken.getStringClaim("acr"), "acr is IB Key's level");
        assertEquals(List.of("swk"), idToken.getStringListClaim("amr"));
        assertEquals("sls-level-" + device.get("level"), CibaClient.accessToken(tokens).getStringClaim("acr"));

        assertEquals("invalid_grant", CibaClient.error(client.poll(id)).getCode(), "auth_req_id is single use");
        assertEquals(0, e.app().pending(e.onApp()).challenges().size());
    }

    @Test
    void deniedOnThePhoneTheCallCentreHearsAccessDeniedAndNoFailureIsCounted(KeycloakServer server,
                                                                              AdminClient admin) {
        IbKeySteps.Enrolled e = IbKeySteps.enrolled(server, admin, "ciba-deny");
        CibaClient client = CibaClient.callCentre(server);
        AuthRequestID id = client.accepted(e.user().username(), CibaClient.binding("CC-0001"));

        assertEquals("denied", e.app().deny(e.onApp(), IbKeySteps.onlyPending(e.app(), e.onApp())).status());
        assertEquals("access_denied", CibaClient.error(client.poll(id)).getCode());
        assertEquals(0, admin.bruteForceStatus(IbKeySteps.REALM, e.user().id()).path("numFailures").asInt(),
                "a person saying no to an application's request is not a failed login");
    }

    @Test
    void aDecisionSignedOverAnotherBindingMessageIsRefusedAndTheRequestStillWaits(KeycloakServer server,
                                                                                 AdminClient admin) {
        IbKeySteps.Enrolled e = IbKeySteps.enrolled(server, admin, "ciba-tamper");
        CibaClient client = CibaClient.callCentre(server);
        AuthRequestID id = client.accepted(e.user().username(), CibaClient.binding("PAY-77"));
        String challengeId = IbKeySteps.onlyPending(e.app(), e.onApp());

        DecisionRequest other = e.app().signDecision(e.onApp(), challengeId, "approve", null, null, null, null,
                "PAY-78", null);
        DeviceApiException refused = assertThrows(DeviceApiException.class,
                () -> e.app().apiClient().sendDecision(e.onApp(), challengeId, other));
        assertEquals("binding_mismatch", refused.error());
        DecisionRequest signed = e.app().signDecision(e.onApp(), challengeId, "approve", null, null, null, null,
                "PAY-77", null);
        DecisionRequest swapped = new DecisionRequest(signed.decision(), null, null, null, null, "PAY-78", null,
                signed.nonce(), signed.time(), signed.signature());
        assertEquals("bad_signature", assertThrows(DeviceApiException.class,
                () -> e.app().apiClient().sendDecision(e.onApp(), challengeId, swapped)).error());
        DecisionRequest none = e.app().signDecision(e.onApp(), challengeId, "approve", null, null, null, null, null,
                null);
        assertEquals("binding_mismatch", assertThrows(DeviceApiException.class,
                () -> e.app().apiClient().sendDecision(e.onApp(), challengeId, none)).error());

        assertEquals("authorization_pending", CibaClient.error(client.poll(id)).getCode());
        assertEquals("approved", e.app().approve(e.onApp(), challengeId, null).status());
        assertTrue(client.poll(id).indicatesSuccess());
    }

    @Test
    void unknownUsersUsersWithoutIbKeyAndLevelsIbKeyDoesNotReachAreRefusedAtOnce(KeycloakServer server,
                                                                                  AdminClient admin) {
        CibaClient client = CibaClient.callCentre(server);
        CIBAResponse unknown = client.ask("nobody-" + System.nanoTime(), CibaClient.binding("X-1"));
        assertFalse(unknown.indicatesSuccess());
        assertEquals(400, unknown.toErrorResponse().getErrorObject().getHTTPStatusCode());

        IbKeySteps.TestUser plain = IbKeySteps.newUser(admin, "ciba-nokey");
        CIBAResponse noKey = client.ask(plain.username(), CibaClient.binding("X-2"));
        assertFalse(noKey.indicatesSuccess());
        assertEquals("access_denied", noKey.toErrorResponse().getErrorObject().getCode());
        assertEquals(400, noKey.toErrorResponse().getErrorObject().getHTTPStatusCode());
        assertTrue(noKey.toErrorResponse().getErrorObject().getDescription().contains("no active IB Key"));

        IbKeySteps.Enrolled e = IbKeySteps.enrolled(server, admin, "ciba-level");
        CIBAResponse tooHigh = client.ask(e.user().username(), b -> b.bindingMessage("X-3")
                .acrValues(List.of(new com.nimbusds.openid.connect.sdk.claims.ACR("sls-level-4"))));
        assertFalse(tooHigh.indicatesSuccess());
        assertEquals("access_denied", tooHigh.toErrorResponse().getErrorObject().getCode());
        assertTrue(tooHigh.toErrorResponse().getErrorObject().getDescription().contains("level"));
        assertEquals(0, e.app().pending(e.onApp()).challenges().size(), "nothing reached the phone");
    }

    @Test
    void thePushLimitsHoldForCibaRequests(KeycloakServer server, AdminClient admin) {
        IbKeySteps.Enrolled e = IbKeySteps.enrolled(server, admin, "ciba-limits");
        CibaClient client = CibaClient.callCentre(server);
        // The demo realm's IB Key step: from the third push of a window on, 5 s (doubled) between pushes.
        client.accepted(e.user().username(), CibaClient.binding("N-1"));
        client.accepted(e.user().username(), CibaClient.binding("N-2"));
        CIBAResponse third = client.ask(e.user().username(), CibaClient.binding("N-3"));
        assertFalse(third.indicatesSuccess());
        assertEquals("access_denied", third.toErrorResponse().getErrorObject().getCode());
        assertEquals(400, third.toErrorResponse().getErrorObject().getHTTPStatusCode());
        assertTrue(third.toErrorResponse().getErrorObject().getDescription().contains("try again in"),
                third.toErrorResponse().getErrorObject()::getDescription);
        assertEquals(2, e.app().pending(e.onApp()).challenges().size(), "the refused request reached no phone");
    }

    @Test
    void atMostTheStepsPendingPushesWaitForOnePerson(KeycloakServer server, AdminClient admin) {
        IbKeySteps.Enrolled e = IbKeySteps.enrolled(server, admin, "ciba-pending");
        CibaClient client = CibaClient.callCentre(server);
        try (var noBackoff = AuthenticatorConfig.ibKeyLogin(admin, Map.of("sls.ibkey.push-backoff", "0"))) {
            // The demo realm: at most 3 pushes pending per user.
            for (int i = 0; i < 3; i++) {
                client.accepted(e.user().username(), CibaClient.binding("N-" + i));
            }
            CIBAResponse fourth = client.ask(e.user().username(), CibaClient.binding("N-4"));
            assertFalse(fourth.indicatesSuccess());
            assertEquals("access_denied", fourth.toErrorResponse().getErrorObject().getCode());
            assertTrue(fourth.toErrorResponse().getErrorObject().getDescription().contains("waiting"));
            assertEquals(3, e.app().pending(e.onApp()).challenges().size());
        }
    }

    @Test
    void anExpiredRequestCanNoLongerBeApprovedOnThePhone(KeycloakServer server, AdminClient admin)
            throws InterruptedException {
        IbKeySteps.Enrolled e = IbKeySteps.enrolled(server, admin, "ciba-expiry");
        CibaClient client = CibaClient.callCentre(server);
        client.accepted(e.user().username(), b -> b.bindingMessage("EXP-1").requestedExpiry(3));
        String challengeId = IbKeySteps.onlyPending(e.app(), e.onApp());
        Thread.sleep(4000);

        assertEquals(0, e.app().pending(e.onApp()).challenges().size());
        assertEquals("challenge_expired", assertThrows(DeviceApiException.class,
                () -> e.app().approve(e.onApp(), challengeId, null)).error());
    }

    @Test
    void aWithdrawalIsShownSignedConfirmedAndCountedAgainstIbKeysLimits(KeycloakServer server, AdminClient admin)
            throws Exception {
        IbKeySteps.Enrolled e = IbKeySteps.enrolled(server, admin, "ciba-withdraw");
        CibaClient client = CibaClient.callCentre(server);
        AuthRequestID id = client.accepted(e.user().username(),
                CibaClient.withdrawal("WD-250K", withdrawal("250000.00", "ACME Brokerage 1234")));
        String challengeId = IbKeySteps.onlyPending(e.app(), e.onApp());
        ChallengeContext shown = e.app().read(e.onApp(), challengeId);
        assertEquals("USD 250,000.00", shown.amount());
        assertEquals("ACME Brokerage 1234", shown.payee());
        assertEquals("WD-250K", shown.bindingMessage());

        DecisionRequest otherAmount = e.app().signDecision(e.onApp(), challengeId, "approve", null, null,
                "USD 25,000.00", "ACME Brokerage 1234", "WD-250K", null);
        assertEquals("amount_mismatch", assertThrows(DeviceApiException.class,
                () -> e.app().apiClient().sendDecision(e.onApp(), challengeId, otherAmount)).error());
        assertEquals("approved", e.app().approve(e.onApp(), challengeId, null).status());
        TokenResponse tokens = client.poll(id);
        assertTrue(tokens.indicatesSuccess(), () -> CibaClient.error(tokens).toJSONObject().toString());
        Map<String, Object> confirmed = CibaClient.idToken(tokens).getJSONObjectClaim("sls_withdrawal");
        assertNotNull(confirmed, "the tokens say what was confirmed");
        assertEquals("250000.00", confirmed.get("amount"));
        assertEquals("USD", confirmed.get("currency"));
        assertEquals("ACME Brokerage 1234", confirmed.get("payee"));
        assertEquals("sls-ib-key", confirmed.get("device"));

        // IB Key confirms at most USD 1,000,000 a business day: the 250,000 approved counts.
        CIBAResponse over = client.ask(e.user().username(),
                CibaClient.withdrawal("WD-900K", withdrawal("900000.00", "ACME Brokerage 1234")));
        assertFalse(over.indicatesSuccess());
        assertEquals("access_denied", over.toErrorResponse().getErrorObject().getCode());
        CIBAResponse unreadable = client.ask(e.user().username(),
                CibaClient.withdrawal("WD-BAD", withdrawal("12.345", null)));
        assertEquals("invalid_request", unreadable.toErrorResponse().getErrorObject().getCode());
    }

    private static com.nimbusds.oauth2.sdk.rar.AuthorizationDetail withdrawal(String amount, String payee) {
        var detail = new com.nimbusds.oauth2.sdk.rar.AuthorizationDetail.Builder(
                new com.nimbusds.oauth2.sdk.rar.AuthorizationType("sls_withdrawal"))
                .field("amount", amount).field("currency", "USD");
        if (payee != null) {
            detail.field("payee", payee);
        }
        return detail.build();
    }
}
