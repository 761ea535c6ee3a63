package dev.sls.level.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import dev.sls.codecard.it.CodeCardSteps;
import dev.sls.ibkey.app.IbKeyApp;
import dev.sls.ibkey.it.IbKeySteps;
import dev.sls.it.RelyingParty;
import dev.sls.mobile.it.PhoneConfig;
import dev.sls.mobile.it.PhoneSteps;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.KeycloakExtension;
import dev.sls.testkit.browser.Browser;
import dev.sls.testkit.browser.OidcLogin;
import dev.sls.testkit.browser.Page;
import dev.sls.testkit.browser.Tokens;
import dev.sls.testkit.gateway.FakeTwilio;
import dev.sls.testkit.server.KeycloakServer;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A first login that sets up the person's first device: the set-up step made the person prove they hold it, so the
 * ID token (validated by a real OIDC library) names that device in {@code sls_device} and says how it was proved in
 * {@code amr}, as a login with the device would; {@code acr} stays the level the login flow reached.
 */
@ExtendWith(KeycloakExtension.class)
class EnrolmentClaimsTest {

    private static final String REALM = "sls-demo";
    private static final String CLIENT = "sls-demo-app";
    private static final FakeTwilio twilio = FakeTwilio.shared();

    @Test
    void aCodeCardIssuedAndTypedAtTheFirstLoginIsTheLoginsDevice(KeycloakServer server, AdminClient admin) {
        CodeCardSteps.TestUser user = CodeCardSteps.newUser(admin, "enrol-card");
        Page issue = CodeCardSteps.password(server, new Browser(), user);
        Map<Integer, String> card = CodeCardSteps.readCard(issue);
        Page activation = issue.form(CodeCardSteps.PRINTED_FORM).submit("sls-printed");
        Tokens tokens = OidcLogin.finish(CodeCardSteps.answer(activation, CodeCardSteps.ACTIVATE_FORM, card,
                "sls-activate"));

        IDTokenClaimsSet claims = RelyingParty.validate(server.realmUrl(REALM), CLIENT, tokens);
        assertEquals("sls-level-1", claims.getACR().getValue());
        assertEquals(Set.of("pwd", "otp", "mfa"), amr(claims));
        assertDevice(claims, "sls-code-card", 1, credentialId(admin, user.id(), "sls-code-card"));
    }

    @Test
    void aNumberVerifiedByATypedCodeAtTheFirstLoginIsTheLoginsSmsDevice(KeycloakServer server, AdminClient admin) {
        PhoneSteps.TestUser user = PhoneSteps.newUser(admin, "enrol-sms");
        String number = PhoneSteps.fictionalNumber();
        try (PhoneConfig ignored = PhoneSteps.twilio(admin, server, twilio, Map.of())) {
            admin.addRequiredAction(REALM, user.id(), PhoneSteps.ACTION);
            Page numbers = PhoneSteps.password(server, new Browser(), user);
            Page confirm = numbers.form("#sls-phone-add-form").set("sls-country", "US").set("sls-number", number)
                    .submit("sls-add");
            String code = PhoneSteps.codeIn(twilio.lastMessage(number).orElseThrow(() ->
                    new AssertionError(twilio.describe())));
            Page verified = confirm.form("#sls-phone-confirm-form").set("sls-code", code).submit("sls-confirm");
            assertTrue(verified.text().contains("verified"), verified::describe);
            Tokens tokens = OidcLogin.finish(verified.form("#sls-phone-done-form").submit("sls-done"));

            IDTokenClaimsSet claims = RelyingParty.validate(server.realmUrl(REALM), CLIENT, tokens);
            assertEquals(Set.of("pwd", "sms", "mfa"), amr(claims));
            assertDevice(claims, "sls-sms", 2, credentialId(admin, user.id(), "sls-sms"));
            assertEquals("sls-level-1", claims.getACR().getValue(), "acr stays what the login flow reached");
        }
    }

    @Test
    void anIbKeyActivatedByTheQrOfTheFirstLoginIsTheLoginsDevice(KeycloakServer server, AdminClient admin) {
        IbKeySteps.TestUser user = IbKeySteps.newUser(admin, "enrol-ibkey");
        IbKeyApp app = IbKeyApp.install("phone of " + user.username(), "android");
        IbKeySteps.Activated activated = IbKeySteps.activateByQr(IbKeySteps.password(server, new Browser(), user),
                app);
        Tokens tokens = OidcLogin.finish(activated.next());

        IDTokenClaimsSet claims = RelyingParty.validate(server.realmUrl(REALM), CLIENT, tokens);
        assertEquals(Set.of("pwd", "swk", "mfa"), amr(claims));
        assertDevice(claims, "sls-ib-key", 3, credentialId(admin, user.id(), "sls-ib-key"));
    }

    private static void assertDevice(IDTokenClaimsSet claims, String type, long level, String credentialId) {
        Map<String, Object> device = claims.getJSONObjectClaim("sls_device");
        assertTrue(device != null, () -> "no sls_device in " + claims.toJSONObject());
        assertEquals(type, device.get("type"), device::toString);
        assertEquals(level, ((Number) device.get("level")).longValue(), device::toString);
        assertEquals(credentialId, device.get("credential_id"), device::toString);
    }

    private static Set<String> amr(IDTokenClaimsSet claims) {
        List<String> amr = claims.getStringListClaim("amr");
        return amr == null ? Set.of() : new HashSet<>(amr);
    }

    private static String credentialId(AdminClient admin, String userId, String type) {
        JsonNode credentials = admin.get("/" + REALM + "/users/" + userId + "/credentials");
        for (JsonNode credential : credentials) {
            if (type.equals(credential.path("type").asText())) {
                return credential.path("id").asText();
            }
        }
        throw new AssertionError("no " + type + " credential: " + credentials);
    }
}
