package dev.sls.ibkey.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sls.ibkey.app.IbKeyApp;
import dev.sls.ibkey.app.IbKeyUser;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.KeycloakExtension;
import dev.sls.testkit.browser.Chromium;
import dev.sls.testkit.browser.DataUri;
import dev.sls.testkit.server.KeycloakServer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The waiting pages in a real browser: nobody clicks anything after the password; when the phone activates or
 * approves, the page's own script carries the login on to the application's redirect URI.
 */
@ExtendWith(KeycloakExtension.class)
class IbKeyBrowserScriptTest {

    private static final java.nio.file.Path SCREENS = java.nio.file.Path.of("target", "screens");

    @Test
    void activationAndPushPagesMoveOnByThemselves(KeycloakServer server, AdminClient admin) throws Exception {
        assumeTrue(Chromium.find().isPresent(), "needs Chromium (the CI script installs it)");
        IbKeySteps.TestUser user = IbKeySteps.newUser(admin, "chromium");
        IbKeyApp app = IbKeyApp.install("phone", "android");
        try (Chromium chromium = Chromium.launch()) {
            logIn(chromium, server, user);
            chromium.waitUntil("document.querySelector('#sls-qr')", Duration.ofSeconds(15));
            chromium.screenshot(SCREENS.resolve("ibkey-activate.png"));
            String src = chromium.eval("document.querySelector('#sls-qr').src").asText();
            IbKeyUser onApp = app.activateFromQr(DataUri.bytes(src), IbKeySteps.PIN);
            assertTrue(chromium.waitForRequest(this::isCallbackWithCode, Duration.ofSeconds(10)).contains("code="));

            chromium.clearCookies();
            logIn(chromium, server, user);
            chromium.waitUntil("document.querySelector('#sls-code')", Duration.ofSeconds(15));
            chromium.screenshot(SCREENS.resolve("ibkey-push.png"));
            String code = chromium.eval("document.querySelector('#sls-code').textContent").asText();
            app.approve(onApp, IbKeySteps.onlyPending(app, onApp), code);
            assertTrue(chromium.waitForRequest(this::isCallbackWithCode, Duration.ofSeconds(10)).contains("code="));
        }
    }

    /**
     * A click on "no notification" while the wait is still open: the click is the page's one submission. Before,
     * the wait answered (the phone approved, or the click's cancellation woke it) and the script submitted the form
     * a second time, which the server answered with "Action expired".
     */
    @Test
    void aClickIsThePagesOnlySubmissionEvenIfTheWaitAnswersRightAfter(KeycloakServer server, AdminClient admin)
            throws Exception {
        assumeTrue(Chromium.find().isPresent(), "needs Chromium (the CI script installs it)");
        IbKeySteps.Enrolled enrolled = IbKeySteps.enrolled(server, admin, "click-race");
        try (Chromium chromium = Chromium.launch()) {
            String code = pushPage(chromium, server, enrolled.user());
            chromium.holdRequests("*login-actions*");
            chromium.eval("document.querySelector('#sls-offline').click(); true");
            List<Chromium.HeldRequest> held = heldAfter(chromium, 1);
            enrolled.app().approve(enrolled.onApp(), IbKeySteps.onlyPending(enrolled.app(), enrolled.onApp()), code);
            Thread.sleep(2500);  // time for the wait to answer "approved" and for a second submission, if any
            held = chromium.heldRequests();
            assertEquals(1, held.size(), () -> "submissions: " + chromium.heldRequests());
            assertTrue(held.get(0).postData().contains("sls-action=offline"), held::toString);
            chromium.releaseRequests();
            chromium.waitUntil("document.querySelector('#sls-response-form')", Duration.ofSeconds(15));
        }
    }

    /** The wait answered and the page submitted itself: a click that comes after submits nothing more. */
    @Test
    void aClickAfterTheWaitSubmittedSubmitsNothing(KeycloakServer server, AdminClient admin) throws Exception {
        assumeTrue(Chromium.find().isPresent(), "needs Chromium (the CI script installs it)");
        IbKeySteps.Enrolled enrolled = IbKeySteps.enrolled(server, admin, "late-click");
        try (Chromium chromium = Chromium.launch()) {
            String code = pushPage(chromium, server, enrolled.user());
            // A person who clicks right after the page submitted itself: once the page's script has submitted the
            // form, "no notification" and "use another device" are clicked (a page being left takes no evaluation,
            // so the clicks are set up before).
            chromium.eval("(() => { const submit = HTMLFormElement.prototype.submit;"
                    + " HTMLFormElement.prototype.submit = function () { submit.call(this); setTimeout(() => {"
                    + " for (const id of ['#sls-offline', '#sls-use-another-device']) {"
                    + " const b = document.querySelector(id); if (b) { b.click(); } } }, 50); }; })(); true");
            chromium.holdRequests("*login-actions*");
            enrolled.app().approve(enrolled.onApp(), IbKeySteps.onlyPending(enrolled.app(), enrolled.onApp()), code);
            heldAfter(chromium, 1);
            Thread.sleep(1500);
            List<Chromium.HeldRequest> held = chromium.heldRequests();
            assertEquals(1, held.size(), () -> "submissions: " + held);
            assertTrue(held.get(0).postData().contains("sls-action=check"), held::toString);
            chromium.releaseRequests();
            assertTrue(chromium.waitForRequest(this::isCallbackWithCode, Duration.ofSeconds(15)).contains("code="));
        }
    }

    private static String pushPage(Chromium chromium, KeycloakServer server, IbKeySteps.TestUser user) throws Exception {
        logIn(chromium, server, user);
        chromium.waitUntil("document.querySelector('#sls-code')", Duration.ofSeconds(15));
        Thread.sleep(300);  // the page's script has opened its wait
        return chromium.eval("document.querySelector('#sls-code').textContent").asText();
    }

    private static List<Chromium.HeldRequest> heldAfter(Chromium chromium, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (chromium.heldRequests().size() < count && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        List<Chromium.HeldRequest> held = chromium.heldRequests();
        assertTrue(held.size() >= count, () -> "the page submitted " + held);
        return held;
    }

    private boolean isCallbackWithCode(String url) {
        return url.startsWith(IbKeySteps.REDIRECT) && url.contains("code=");
    }

    private static void logIn(Chromium chromium, KeycloakServer server, IbKeySteps.TestUser user) throws Exception {
        String verifier = "chromium-test-verifier-0123456789-abcdefghijklmnop";
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        chromium.navigate(server.realmUrl(IbKeySteps.REALM) + "/protocol/openid-connect/auth?client_id="
                + IbKeySteps.CLIENT + "&redirect_uri=" + java.net.URLEncoder.encode(IbKeySteps.REDIRECT, StandardCharsets.UTF_8)
                + "&response_type=code&scope=openid&state=s" + System.nanoTime()
                + "&code_challenge=" + challenge + "&code_challenge_method=S256");
        chromium.waitUntil("document.querySelector('#kc-form-login')", Duration.ofSeconds(15));
        chromium.eval("document.querySelector('#username').value=" + quote(user.username())
                + ";document.querySelector('#password').value=" + quote(user.password())
                + ";document.querySelector('#kc-login').click();true");
    }

    private static String quote(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
