package dev.sls.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sls.codecard.it.CodeCardSteps;
import dev.sls.dscplus.it.DscPlusSteps;
import dev.sls.dscplus.simulator.DscPlusCard;
import dev.sls.ibkey.it.IbKeySteps;
import dev.sls.mobile.it.PhoneConfig;
import dev.sls.mobile.it.PhoneSteps;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.KeycloakExtension;
import dev.sls.testkit.browser.Browser;
import dev.sls.testkit.browser.OidcLogin;
import dev.sls.testkit.browser.Page;
import dev.sls.testkit.gateway.FakeTwilio;
import dev.sls.testkit.server.KeycloakServer;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every device's login step refuses a user an administrator disabled after the password page: the right answer then
 * gets no code for the application. Keycloak 26 itself answers such a post with "Account is disabled" before the
 * step runs; the step's own check ({@code Lockout.refuses}, which shows the step's "not correct" page) stands behind
 * it, so either refusal is accepted here, never a redirect.
 */
@ExtendWith(KeycloakExtension.class)
@SuppressWarnings("try") // the PhoneConfig resource only restores the realm's settings
class DisabledMidLoginTest {

    private static final String REALM = "sls-demo";
    private static final FakeTwilio twilio = FakeTwilio.shared();
    private static final String ACCOUNT_DISABLED = "Account is disabled";

    private static void setEnabled(AdminClient admin, String userId, boolean enabled) {
        String path = "/" + REALM + "/users/" + userId;
        ObjectNode user = (ObjectNode) admin.get(path);
        admin.put(path, user.put("enabled", enabled));
        assertEquals(enabled, admin.get(path).path("enabled").asBoolean());
    }

    /** Refused: Keycloak's "Account is disabled", or the step's page again with the words of a wrong answer. */
    private static void assertRefused(Page page, String form, String wrongAnswer) {
        assertFalse(page.isRedirect(), "a disabled user got through: " + page.describe());
        boolean byKeycloak = page.errorText().contains(ACCOUNT_DISABLED);
        boolean byTheStep = page.has(form) && page.errorText().contains(wrongAnswer);
        assertTrue(byKeycloak || byTheStep, page::describe);
    }

    @Test
    void theCodeCardStep(KeycloakServer server, AdminClient admin) {
        CodeCardSteps.TestUser user = CodeCardSteps.newUser(admin, "disabled-card");
        Map<Integer, String> card = CodeCardSteps.enrol(server, user);
        Page page = CodeCardSteps.password(server, new Browser(), user);
        assertTrue(page.has(CodeCardSteps.LOGIN_FORM), page::describe);

        setEnabled(admin, user.id(), false);
        Page refused = CodeCardSteps.login(page, card);
        assertRefused(refused, CodeCardSteps.LOGIN_FORM, "The security codes you entered are not correct.");

    }

    @Test
    void theSmsStep(KeycloakServer server, AdminClient admin) {
        String number = PhoneSteps.fictionalNumber();
        PhoneSteps.TestUser user = PhoneSteps.smsUser(admin, "disabled-sms", number);
        try (PhoneConfig ignored = PhoneSteps.twilio(admin, server, twilio, Map.of())) {
            Page page = PhoneSteps.password(server, new Browser(), user);
            assertTrue(page.has("#sls-sms-form"), page::describe);
            String code = PhoneSteps.codeIn(twilio.lastMessage(number).orElseThrow(() -> new AssertionError(
                    twilio.describe())));

            setEnabled(admin, user.id(), false);
            Page refused = page.form("#sls-sms-form").set("sls-code", code).submit("login");
            assertRefused(refused, "#sls-sms-form", "The security code is not correct.");

        }
    }

    @Test
    void theDscPlusStep(KeycloakServer server, AdminClient admin) {
        DscPlusSteps.TestUser user = DscPlusSteps.newUser(admin, "disabled-dsc");
        DscPlusCard card = DscPlusSteps.activeCardHolder(server, admin, user);
        Page page = DscPlusSteps.password(server, new Browser(), user.username(), user.password());
        assertTrue(page.has(DscPlusSteps.LOGIN_FORM), page::describe);

        setEnabled(admin, user.id(), false);
        Page refused = DscPlusSteps.answer(page, card, DscPlusSteps.PIN);
        assertRefused(refused, DscPlusSteps.LOGIN_FORM, "The response code is not correct.");

    }

    @Test
    void theTemporaryAccessStep(KeycloakServer server, AdminClient admin) {
        String username = "disabled-temp-" + UUID.randomUUID().toString().substring(0, 8);
        String userId = admin.createUser(REALM, username, "pw-" + username);
        AdminClient.Response issued = admin.send("POST", "/" + REALM + "/sls/temporary/users/" + userId,
                AdminClient.object().put("kind", "code"));
        assertEquals(201, issued.status(), issued.body());
        String code = issued.json().path("code").asText();
        Page page = OidcLogin.begin(new Browser(), server.realmUrl(REALM), CodeCardSteps.CLIENT, CodeCardSteps.REDIRECT)
                .form("#kc-form-login").set("username", username).set("password", "pw-" + username).submit("kc-login");
        assertTrue(page.has("#sls-temporary-form"), page::describe);

        setEnabled(admin, userId, false);
        Page refused = page.form("#sls-temporary-form").set("sls-temporary-code", code).submit("kc-login");
        assertRefused(refused, "#sls-temporary-form", "The code you entered is not correct.");

    }

    @Test
    void theIbKeyOfflineResponse(KeycloakServer server, AdminClient admin) {
        IbKeySteps.Enrolled enrolled = IbKeySteps.enrolled(server, admin, "disabled-offline");
        Page push = IbKeySteps.password(server, new Browser(), enrolled.user());
        Page page = push.has(IbKeySteps.RESPONSE_FORM) ? push
                : push.form(IbKeySteps.PUSH_OPTIONS).submit("sls-offline");

        setEnabled(admin, enrolled.user().id(), false);
        Page refused = page.form(IbKeySteps.RESPONSE_FORM).set("sls-response", enrolled.app().respond(
                enrolled.onApp(), page.document().selectFirst("#sls-challenge").text(), IbKeySteps.PIN))
                .submit("kc-login");
        assertRefused(refused, IbKeySteps.RESPONSE_FORM, "The response string is not correct.");

    }

    @Test
    void theIbKeyPushApprovedBeforeTheUserWasDisabled(KeycloakServer server, AdminClient admin) {
        IbKeySteps.Enrolled enrolled = IbKeySteps.enrolled(server, admin, "disabled-push");
        Page push = IbKeySteps.password(server, new Browser(), enrolled.user());
        assertTrue(push.has(IbKeySteps.PUSH_FORM), push::describe);
        enrolled.app().approve(enrolled.onApp(), IbKeySteps.onlyPending(enrolled.app(), enrolled.onApp()),
                IbKeySteps.shown(push));

        setEnabled(admin, enrolled.user().id(), false);
        Page refused = IbKeySteps.continueAfterDecision(push, "approved");
        assertRefused(refused, IbKeySteps.PUSH_FORM, "This login cannot continue.");
    }
}
