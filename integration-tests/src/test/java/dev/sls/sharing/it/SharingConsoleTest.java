package dev.sls.sharing.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sls.console.it.ConsoleSteps;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.KeycloakExtension;
import dev.sls.testkit.browser.Browser;
import dev.sls.testkit.browser.Chromium;
import dev.sls.testkit.server.KeycloakServer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The compliance queue in the Client Services console: cora (sls-compliance) sees only the sharing requests, rejects
 * one without a reason (the page asks for it), then approves one; the server's state and admin event follow.
 */
@ExtendWith(KeycloakExtension.class)
class SharingConsoleTest {

    private static final String AREA = "/" + SharingSteps.REALM + "/sls/sharing/requests/";

    @Test
    void complianceApprovesAPendingShareInTheConsole(KeycloakServer server, AdminClient admin) {
        assumeTrue(Chromium.find().isPresent(), "needs Chromium (the CI script installs it)");
        String previous = SharingSteps.requireApproval(admin, "true");
        List<String> problems = new ArrayList<>();
        try (Chromium chromium = Chromium.launch()) {
            SharingSteps.CardOwner owner = SharingSteps.dscPlusOwner(server, admin, SharingSteps.CAROLS_DATA);
            SharingSteps.CodeCardHolder requester = SharingSteps.codeCardHolder(server, admin, "console-share",
                    SharingSteps.CAROLS_DATA);
            assertEquals("pending", SharingSteps.state(SharingSteps.share(server, new Browser(), requester, owner)));
            String row = ".sls-row-actions[data-requester='" + requester.user().username() + "']";

            chromium.viewport(1280, 900);
            ConsoleSteps.open(chromium, server, "en", "cora", "cora-demo-password",
                    ConsoleSteps.otp(ConsoleSteps.CORA_OTP));
            assertFalse(chromium.eval("!!document.querySelector('#sls-tab-people, #sls-tab-cards')").asBoolean(),
                    "compliance sees the sharing queue only");
            ConsoleSteps.waitFor(chromium, row);
            for (String lang : List.of("en", "ja", "fr")) {
                for (int width : new int[] {1280, 390}) {
                    chromium.viewport(width, width > 600 ? 900 : 844);
                    chromium.navigate(ConsoleSteps.url(server, lang));
                    ConsoleSteps.waitFor(chromium, row);
                    problems.addAll(ConsoleSteps.screen(chromium, "sharing-" + lang + "-" + width));
                }
            }
            chromium.viewport(1280, 900);
            chromium.navigate(ConsoleSteps.url(server, "en"));
            ConsoleSteps.click(chromium, row + " .sls-share-reject");
            ConsoleSteps.click(chromium, "#sls-confirm-ok");
            ConsoleSteps.waitFor(chromium, "#sls-confirm .sls-field-error:not([hidden])");
            ConsoleSteps.click(chromium, "#sls-confirm-cancel");
            assertEquals("pending", admin.get(AREA + requester.user().id()).path("state").asText(),
                    "a rejection needs a reason");

            ConsoleSteps.click(chromium, row + " .sls-share-approve");
            ConsoleSteps.confirm(chromium, null);
            chromium.waitUntil("!document.querySelector(\"" + row + "\")", ConsoleSteps.PAGE);
            assertEquals("approved", admin.get(AREA + requester.user().id()).path("state").asText());
            assertTrue(admin.get("/" + SharingSteps.REALM + "/admin-events?max=1000").toString()
                    .contains("sharing/requests/" + requester.user().id() + "/approve"));
        } finally {
            SharingSteps.requireApproval(admin, previous);
        }
        assertEquals(List.of(), problems);
    }
}
