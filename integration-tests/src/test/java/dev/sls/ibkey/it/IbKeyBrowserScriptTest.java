package dev.sls.ibkey.it;

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
