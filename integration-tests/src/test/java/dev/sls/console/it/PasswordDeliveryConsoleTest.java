package dev.sls.console.it;

import static dev.sls.console.it.ConsoleSteps.HELEN_OTP;
import static dev.sls.console.it.ConsoleSteps.PAGE;
import static dev.sls.console.it.ConsoleSteps.REALM;
import static dev.sls.console.it.ConsoleSteps.click;
import static dev.sls.console.it.ConsoleSteps.confirm;
import static dev.sls.console.it.ConsoleSteps.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sls.ibkey.it.IbKeySteps;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.KeycloakExtension;
import dev.sls.testkit.browser.Chromium;
import dev.sls.testkit.server.KeycloakServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Client Services console delivers a temporary password to a person's activated IB Key app (issue 19 "Secure
 * delivery for your Password Reset", issue 21): the helpdesk sees the delivery's state move from waiting to fetched,
 * and the password itself never reaches the console's page.
 */
@ExtendWith(KeycloakExtension.class)
class PasswordDeliveryConsoleTest {

    private static final String STATE = "#sls-delivery-state";

    @Test
    void helpdeskDeliversATemporaryPasswordToTheAppAndNeverSeesIt(KeycloakServer server, AdminClient admin) {
        assumeTrue(Chromium.find().isPresent(), "needs Chromium (the CI script installs it)");
        IbKeySteps.Enrolled enrolled = IbKeySteps.enrolled(server, admin, "console-delivery");
        String person = enrolled.user().username();
        String password;
        try (Chromium chromium = Chromium.launch()) {
            chromium.viewport(1280, 900);
            ConsoleSteps.open(chromium, server, "en", "helen", "helen-demo-password", ConsoleSteps.otp(HELEN_OTP));
            ConsoleSteps.openPerson(chromium, person);
            assertTrue(text(chromium, STATE).contains("No password delivered."), text(chromium, STATE));

            click(chromium, "#sls-deliver");
            confirm(chromium, null);
            chromium.waitUntil("(document.querySelector('" + STATE + "') || {dataset: {}}).dataset.state === 'waiting'",
                    PAGE);
            String waiting = text(chromium, STATE);
            assertTrue(waiting.contains("Waiting for the app") && waiting.contains(enrolled.app().deviceName()),
                    waiting);
            assertFalse(chromium.eval("!!document.querySelector('#sls-delivery-result .sls-error-code')").asBoolean(),
                    () -> text(chromium, "#sls-delivery-result"));

            password = enrolled.app().fetchDeliveredPassword(enrolled.onApp(), IbKeySteps.PIN);
            assertFalse(password.isBlank(), "the app opened a password");
            assertFalse(page(chromium).contains(password), "the password is not in the page that sent it");

            ConsoleSteps.openPerson(chromium, person);
            chromium.waitUntil("(document.querySelector('" + STATE + "') || {dataset: {}}).dataset.state === 'fetched'",
                    PAGE);
            assertTrue(text(chromium, STATE).contains("Fetched by the app"), text(chromium, STATE));
            assertFalse(page(chromium).contains(password), "the password is not in the page after the app fetched it");
        }
        String view = admin.get("/" + REALM + "/sls/password-delivery/users/" + enrolled.user().id()).toString();
        assertEquals("fetched", admin.get("/" + REALM + "/sls/password-delivery/users/" + enrolled.user().id())
                .path("state").asText(), view);
        assertFalse(view.contains(password), "not in the helpdesk's answer either");
    }

    /** Everything the console's page holds: its markup, its form fields and what it keeps in the browser. */
    private static String page(Chromium chromium) {
        return chromium.eval("document.documentElement.outerHTML + Array.from(document.querySelectorAll('input,"
                + " textarea')).map(e => e.value).join(' ') + JSON.stringify(Object.assign({}, localStorage,"
                + " sessionStorage))").asText();
    }
}
