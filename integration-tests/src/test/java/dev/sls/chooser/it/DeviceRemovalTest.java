package dev.sls.chooser.it;

import static dev.sls.chooser.it.ChooserSteps.REALM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sls.chooser.it.ChooserSteps.Given;
import dev.sls.chooser.it.ChooserSteps.TestUser;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.KeycloakExtension;
import dev.sls.testkit.browser.AccountConsole;
import dev.sls.testkit.browser.Browser;
import dev.sls.testkit.browser.OidcLogin;
import dev.sls.testkit.browser.Page;
import dev.sls.testkit.browser.Tokens;
import dev.sls.testkit.server.KeycloakServer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 16 §1, the pack's own door {@code kc_action=sls-remove-device:<id>}: it removes a device after a login proven
 * with a device of at least that device's level, while another device keeps the person at the required level.
 */
@ExtendWith(KeycloakExtension.class)
class DeviceRemovalTest {

    private static final String CONFIRM_FORM = "form[action*=required-action]";

    @Test
    void aCardProvenLoginRemovesTheCardWhileTheOtpKeepsTheLevel(KeycloakServer server, AdminClient admin) {
        TestUser user = ChooserSteps.person(admin, "rm-card", Set.of(Given.CODE_CARD, Given.OTP));
        String cardId = credentialId(admin, user, "sls-code-card");
        Page chooser = removing(server, user, cardId);
        Page confirm = ChooserSteps.answerCodeCard(ChooserSteps.choose(chooser, "sls-code-card"));
        assertTrue(confirm.has(CONFIRM_FORM), confirm::describe);
        Page done = confirm.form(CONFIRM_FORM).submit("accept");
        assertTrue(done.isRedirect() && done.redirectLocation().contains("kc_action_status=success"), done::describe);
        assertEquals("", credentialId(admin, user, "sls-code-card"), "the card is removed");
        assertTrue(!credentialId(admin, user, "otp").isEmpty(), "the OTP stays");
        JsonNode newest = history(admin, user).get(0);
        assertEquals("removed sls-code-card " + cardId + " person ", describe(newest), newest::toString);
    }

    @Test
    void aHigherDeviceRemovesALowerExtraDevice(KeycloakServer server, AdminClient admin) {
        TestUser user = ChooserSteps.person(admin, "rm-lower", Set.of(Given.CODE_CARD, Given.OTP));
        String cardId = credentialId(admin, user, "sls-code-card");
        Page chooser = removing(server, user, cardId);
        Page confirm = ChooserSteps.answerOtp(ChooserSteps.choose(chooser, "otp"), user);
        assertTrue(confirm.has(CONFIRM_FORM), confirm::describe);
        Page done = confirm.form(CONFIRM_FORM).submit("accept");
        assertTrue(done.isRedirect() && done.redirectLocation().contains("kc_action_status=success"), done::describe);
        assertEquals("", credentialId(admin, user, "sls-code-card"), "the card is removed");
    }

    @Test
    void aPasswordOnlyLoginRemovesNothing(KeycloakServer server, AdminClient admin) {
        TestUser user = ChooserSteps.person(admin, "rm-pw", Set.of(Given.CODE_CARD, Given.OTP));
        String cardId = credentialId(admin, user, "sls-code-card");
        Page chooser = removing(server, user, cardId);
        // The login does not get past the password without a device: nothing is asked to confirm, nothing goes.
        assertTrue(!chooser.has(CONFIRM_FORM), chooser::describe);
        assertEquals(cardId, credentialId(admin, user, "sls-code-card"));
        assertEquals(0, history(admin, user).size());
    }

    @Test
    void theAccountConsolesRemoveDoorRefusesEvenADeviceProvenPerson(KeycloakServer server, AdminClient admin) {
        TestUser user = ChooserSteps.person(admin, "rm-console", Set.of(Given.CODE_CARD, Given.OTP));
        String cardId = credentialId(admin, user, "sls-code-card");
        // a partial import grants no roles: the realm's default ones give the account console its audience and rights
        JsonNode defaults = admin.get("/" + REALM + "/roles/default-roles-" + REALM);
        admin.post("/" + REALM + "/users/" + user.id() + "/role-mappings/realm", AdminClient.array(List.of())
                .add(defaults));
        String realmUrl = server.realmUrl(REALM);
        Page chooser = ChooserSteps.password(server, new Browser(), user, AccountConsole.CLIENT, realmUrl + "/account/",
                Map.of());
        Tokens tokens = OidcLogin.finish(ChooserSteps.answerOtp(ChooserSteps.choose(chooser, "otp"), user));

        AccountConsole.Answer listed = AccountConsole.credentials(realmUrl, tokens);
        assertEquals(200, listed.status(), listed.body());
        assertEquals("false", listed.type("sls-code-card").path("removeable").asText(), "no Remove button");
        // Keycloak's door knows only the type: the pack's policy cannot run there, so it refuses every SLS device,
        // even to a person who holds a second device of the required level and proved a higher one.
        AccountConsole.Answer removed = AccountConsole.remove(realmUrl, tokens, cardId);
        assertEquals(400, removed.status(), removed.body());
        assertEquals("Credential type cannot be removed", removed.json().path("error").asText(), removed.body());
        assertEquals(cardId, credentialId(admin, user, "sls-code-card"));
        assertEquals(0, history(admin, user).size());
    }

    @Test
    void clientServicesRemovalThroughKeycloaksAdminApiIsInTheDeviceHistory(AdminClient admin) {
        TestUser user = ChooserSteps.person(admin, "rm-admin", Set.of(Given.CODE_CARD));
        String cardId = credentialId(admin, user, "sls-code-card");
        admin.delete("/" + REALM + "/users/" + user.id() + "/credentials/" + cardId);
        assertEquals("", credentialId(admin, user, "sls-code-card"));
        JsonNode lines = history(admin, user);
        assertEquals(1, lines.size(), lines::toString);
        String actor = lines.get(0).path("actor").asText();
        assertTrue(!actor.isBlank() && !actor.equals(user.username()), lines::toString);
        assertEquals("removed sls-code-card " + cardId + " admin " + actor, describe(lines.get(0)));
        // Keycloak's password is no device: removing it writes no line.
        String passwordId = credentialId(admin, user, "password");
        admin.delete("/" + REALM + "/users/" + user.id() + "/credentials/" + passwordId);
        assertEquals(1, history(admin, user).size());
    }

    @Test
    void aLowerDeviceDoesNotRemoveAHigherOne(KeycloakServer server, AdminClient admin) {
        TestUser user = ChooserSteps.person(admin, "rm-sms", Set.of(Given.CODE_CARD, Given.SMS, Given.OTP));
        String smsId = credentialId(admin, user, "sls-sms");
        Page chooser = removing(server, user, smsId);
        Page refused = ChooserSteps.answerCodeCard(ChooserSteps.choose(chooser, "sls-code-card"));
        assertTrue(refused.text().contains("at least the same security level"), refused::describe);
        // the max age in words (the realm's default, 300 s), not a bare number
        assertTrue(refused.text().replace('\u00A0', ' ').contains("(within the last 5 minutes)"), refused::describe);
        assertEquals(smsId, credentialId(admin, user, "sls-sms"));
    }

    @Test
    void keycloaksOtpIsNotRemovedThroughThePacksDoor(KeycloakServer server, AdminClient admin) {
        TestUser user = ChooserSteps.person(admin, "rm-otp", Set.of(Given.CODE_CARD, Given.OTP));
        String otpId = credentialId(admin, user, "otp");
        Page chooser = removing(server, user, otpId);
        Page refused = ChooserSteps.answerCodeCard(ChooserSteps.choose(chooser, "sls-code-card"));
        assertTrue(refused.text().contains("not one of your Secure Login devices"), refused::describe);
        assertEquals(otpId, credentialId(admin, user, "otp"));
    }

    @Test
    void theOnlyDeviceAtTheRequiredLevelStays(KeycloakServer server, AdminClient admin) {
        TestUser user = ChooserSteps.person(admin, "rm-only", Set.of(Given.CODE_CARD));
        String cardId = credentialId(admin, user, "sls-code-card");
        Page card = removing(server, user, cardId);
        if (card.has(ChooserSteps.CHOOSER_FORM)) {
            card = ChooserSteps.choose(card, "sls-code-card");
        }
        Page refused = ChooserSteps.answerCodeCard(card);
        assertTrue(refused.text().contains("only one that lets you log in at the required security level"),
                refused::describe);
        assertEquals(cardId, credentialId(admin, user, "sls-code-card"));
    }

    @Test
    void theRefusalIsTranslated(KeycloakServer server, AdminClient admin) {
        TestUser user = ChooserSteps.person(admin, "rm-ja", Set.of(Given.CODE_CARD));
        String cardId = credentialId(admin, user, "sls-code-card");
        Page card = ChooserSteps.password(server, new Browser(), user, ChooserSteps.CLIENT, ChooserSteps.REDIRECT,
                Map.of("kc_action", "sls-remove-device:" + cardId, "ui_locales", "ja"));
        if (card.has(ChooserSteps.CHOOSER_FORM)) {
            card = ChooserSteps.choose(card, "sls-code-card");
        }
        Page refused = ChooserSteps.answerCodeCard(card);
        assertTrue(refused.text().contains("必要なセキュリティレベル"), refused::describe);
    }

    /** The person asks to remove the device and types the password; the page after it. */
    private static Page removing(KeycloakServer server, TestUser user, String credentialId) {
        return ChooserSteps.password(server, new Browser(), user, ChooserSteps.CLIENT, ChooserSteps.REDIRECT,
                Map.of("kc_action", "sls-remove-device:" + credentialId));
    }

    private static JsonNode history(AdminClient admin, TestUser user) {
        return admin.get("/" + REALM + "/sls/history/users/" + user.id()).path("lines");
    }

    /** Event, device type, credential id, proof and the admin who did it. */
    private static String describe(JsonNode line) {
        return String.join(" ", line.path("event").asText(), line.path("deviceType").asText(),
                line.path("credentialId").asText(), line.path("proof").asText(), line.path("actor").asText());
    }

    private static String credentialId(AdminClient admin, TestUser user, String type) {
        return StreamSupport.stream(admin.credentials(REALM, user.id()).spliterator(), false)
                .filter(c -> type.equals(c.path("type").asText()))
                .map(c -> c.path("id").asText()).findFirst().orElse("");
    }
}
