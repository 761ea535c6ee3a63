package dev.sls.ibkey.it;

import static dev.sls.ibkey.it.IbKeySteps.PIN;
import static dev.sls.ibkey.it.IbKeySteps.REALM;
import static dev.sls.ibkey.it.IbKeySteps.RESPONSE_FORM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sls.ibkey.app.IbKeyApp;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.KeycloakExtension;
import dev.sls.testkit.browser.Browser;
import dev.sls.testkit.browser.OidcLogin;
import dev.sls.testkit.browser.Page;
import dev.sls.testkit.server.KeycloakServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** An offline challenge belongs to the phone it was shown for: replacing the phone mid-login voids it. */
@ExtendWith(KeycloakExtension.class)
class IbKeyReplacedPhoneTest {

    private static final String EXPIRED = "The challenge code expired";

    private static String challenge(Page page) {
        return page.document().selectFirst("#sls-challenge").text();
    }

    /** "Click here if you do not receive the notification", unless the page already offers challenge/response. */
    private static Page offline(Page afterPassword) {
        return afterPassword.has(RESPONSE_FORM) ? afterPassword
                : afterPassword.form(IbKeySteps.PUSH_OPTIONS).submit("sls-offline");
    }

    @Test
    void aChallengeShownForTheOldPhoneIsRefusedAfterANewPhoneIsActivated(KeycloakServer server, AdminClient admin) {
        IbKeySteps.Enrolled enrolled = IbKeySteps.enrolled(server, admin, "replaced");
        Page forOldPhone = offline(IbKeySteps.password(server, new Browser(), enrolled.user()));
        Page alsoForOldPhone = offline(IbKeySteps.password(server, new Browser(), enrolled.user()));
        String first = challenge(forOldPhone);
        String second = challenge(alsoForOldPhone);

        // Meanwhile, in another browser, the person logs in with the old phone and activates a new one.
        admin.addRequiredAction(REALM, enrolled.user().id(), IbKeySteps.ACTIVATE_ACTION);
        Page other = offline(IbKeySteps.password(server, new Browser(), enrolled.user()));
        Page activation = other.form(RESPONSE_FORM).set("sls-response",
                enrolled.app().respond(enrolled.onApp(), challenge(other), PIN)).submit("kc-login");
        IbKeyApp newPhone = IbKeyApp.install("new phone", "android");
        IbKeySteps.Activated activated = IbKeySteps.activateByQr(activation, newPhone);
        OidcLogin.finish(activated.next());

        Page byOldPhone = forOldPhone.form(RESPONSE_FORM).set("sls-response",
                enrolled.app().respond(enrolled.onApp(), first, PIN)).submit("kc-login");
        assertFalse(byOldPhone.isRedirect(), byOldPhone::describe);
        assertTrue(byOldPhone.errorText().contains(EXPIRED), byOldPhone::describe);

        // The new phone computes a right response to the old challenge: still refused, it was not shown for it.
        Page byNewPhone = alsoForOldPhone.form(RESPONSE_FORM).set("sls-response",
                newPhone.respond(activated.user(), second, PIN)).submit("kc-login");
        assertFalse(byNewPhone.isRedirect(), "a challenge shown for the old phone logged in: " + byNewPhone.describe());
        assertTrue(byNewPhone.errorText().contains(EXPIRED), byNewPhone::describe);
        assertEquals(0, admin.bruteForceStatus(REALM, enrolled.user().id()).path("numFailures").asInt(),
                "a void challenge is not a wrong response");

        // The page now shows a challenge for the new phone, which logs in.
        Page next = byNewPhone.form(RESPONSE_FORM).set("sls-response",
                newPhone.respond(activated.user(), challenge(byNewPhone), PIN)).submit("kc-login");
        assertEquals(enrolled.user().username(),
                OidcLogin.finish(next).accessClaims().path("preferred_username").asText());
    }
}
