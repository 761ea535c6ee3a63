package dev.sls.ibkey.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sls.codecard.it.CodeCardSteps;
import dev.sls.dscplus.it.DscPlusSteps;
import dev.sls.dscplus.simulator.DscPlusCard;
import dev.sls.ibkey.app.DeviceApiException;
import dev.sls.ibkey.app.IbKeyApp;
import dev.sls.ibkey.app.IbKeyUser;
import dev.sls.ibkey.protocol.api.RecoveryStarted;
import dev.sls.it.BruteForce;
import dev.sls.mobile.it.PhoneSteps;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.KeycloakExtension;
import dev.sls.testkit.browser.Browser;
import dev.sls.testkit.browser.OidcLogin;
import dev.sls.testkit.browser.Page;
import dev.sls.testkit.gateway.FakeTwilio;
import dev.sls.testkit.server.KeycloakServer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The seeds' note on recovery: a person who holds another active physical device is never sent an SMS; the app shows
 * that device's challenge (index numbers of the code card, the DSC+ challenge code) and the typed response is checked
 * like a login (brute-force counted, single use).
 */
@ExtendWith(KeycloakExtension.class)
class IbKeyRecoveryByDeviceTest {

    private static final FakeTwilio twilio = FakeTwilio.shared();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REALM = IbKeySteps.REALM;

    /** Gives the user a verified default number (so a QR activation records it) and asks for IB Key activation. */
    private static String numberAndActivation(AdminClient admin, String userId) {
        String number = PhoneSteps.fictionalNumber();
        ObjectNode user = (ObjectNode) admin.get("/" + REALM + "/users/" + userId);
        ObjectNode attributes = user.has("attributes") ? (ObjectNode) user.get("attributes") : user.putObject("attributes");
        attributes.set("phoneNumber", AdminClient.array(List.of(number)));
        attributes.set("phoneNumberVerified", AdminClient.array(List.of("true")));
        attributes.set("slsPhoneNumbers", AdminClient.array(List.of(number)));
        attributes.set("slsPhoneNumbersVerified", AdminClient.array(List.of(number)));
        admin.put("/" + REALM + "/users/" + userId, user);
        admin.addRequiredAction(REALM, userId, IbKeySteps.ACTIVATE_ACTION);
        return number;
    }

    private static void recordedNumberIsMasked(AdminClient admin, String userId, String number) throws Exception {
        JsonNode key = IbKeySteps.ibKeyCredentials(admin, userId).get(0);
        String masked = JSON.readTree(key.path("credentialData").asText()).path("recordedNumberMasked").asText();
        assertTrue(masked.contains("•") && masked.endsWith(number.substring(number.length() - 2)),
                "a QR activation records the default verified number, masked: " + masked);
    }

    @Test
    void aCodeCardHolderRecoversWithTheCardInsteadOfAnSms(KeycloakServer server, AdminClient admin) throws Exception {
        CodeCardSteps.TestUser user = CodeCardSteps.newUser(admin, "reccard");
        Map<Integer, String> card = CodeCardSteps.enrol(server, user);
        String number = numberAndActivation(admin, user.id());
        Page codeCard = CodeCardSteps.password(server, new Browser(), user);
        IbKeyApp oldPhone = IbKeyApp.install("old phone", "android");
        OidcLogin.finish(IbKeySteps.activateByQr(CodeCardSteps.login(codeCard, card), oldPhone).next());
        recordedNumberIsMasked(admin, user.id(), number);

        IbKeyApp newPhone = IbKeyApp.install("new phone", "ios");
        RecoveryStarted started = newPhone.startRecovery(server.baseUrl(), REALM, user.username(), user.password());
        assertEquals("device", started.proof());
        assertEquals("sls-code-card", started.deviceType());
        assertNull(started.sentTo());
        List<Integer> indexes = Arrays.stream(started.challenge().split(" ")).map(Integer::valueOf).toList();
        String right = indexes.stream().map(card::get).collect(Collectors.joining(" "));
        String typedWrong = (right.charAt(0) == '0' ? "1" : "0") + right.substring(1);
        assertEquals("device_response_invalid", assertThrows(DeviceApiException.class, () -> newPhone.finishRecovery(
                server.baseUrl(), REALM, started, typedWrong, null, null)).error());
        BruteForce.assertFailures(admin, REALM, user.id(), 1);
        admin.clearBruteForce(REALM, user.id());

        IbKeyUser recovered = newPhone.finishRecovery(server.baseUrl(), REALM, started, right, null, null);
        assertEquals(user.username(), recovered.username());
        assertEquals("recovery_expired", assertThrows(DeviceApiException.class, () -> newPhone.finishRecovery(
                server.baseUrl(), REALM, started, right, null, null)).error(), "a challenge is answered once");
        assertEquals(List.of(), twilio.to(number), "no SMS to a person who holds a physical device");
        JsonNode lines = admin.get("/" + REALM + "/sls/history/users/" + user.id()).path("lines");
        assertEquals("recovered", lines.get(0).path("event").asText(), lines::toString);
        assertEquals("sls-code-card", lines.get(0).path("proof").asText());
    }

    @Test
    void aDscPlusHolderRecoversWithTheCardsResponse(KeycloakServer server, AdminClient admin) {
        DscPlusSteps.TestUser user = DscPlusSteps.newUser(admin, "recdsc");
        DscPlusCard card = DscPlusSteps.activeCardHolder(server, admin, user);
        String number = numberAndActivation(admin, user.id());
        Page dscPage = DscPlusSteps.password(server, new Browser(), user.username(), user.password());
        IbKeyApp oldPhone = IbKeyApp.install("old phone", "android");
        OidcLogin.finish(IbKeySteps.activateByQr(DscPlusSteps.answer(dscPage, card, DscPlusSteps.PIN), oldPhone)
                .next());

        IbKeyApp newPhone = IbKeyApp.install("new phone", "android");
        RecoveryStarted started = newPhone.startRecovery(server.baseUrl(), REALM, user.username(), user.password());
        assertEquals("device", started.proof());
        assertEquals("sls-dsc-plus", started.deviceType());
        String response = DscPlusSteps.respond(card, DscPlusSteps.PIN, started.challenge());
        IbKeyUser recovered = newPhone.finishRecovery(server.baseUrl(), REALM, started, response, null,
                IbKeySteps.PIN);
        assertEquals(user.username(), recovered.username());
        assertEquals(List.of(), twilio.to(number), "no SMS to a person who holds a physical device");
        assertEquals("device_retired", assertThrows(DeviceApiException.class,
                () -> oldPhone.pending(oldPhone.users().get(0))).error());
    }
}
