package dev.sls.withdrawal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sls.codecard.it.CodeCardSteps;
import dev.sls.testkit.KeycloakExtension;
import dev.sls.testkit.browser.Chromium;
import dev.sls.testkit.browser.ScreenCheck;
import dev.sls.testkit.server.KeycloakServer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The withdrawal refusal in a real browser, in every language, on a laptop and on a phone. */
@ExtendWith(KeycloakExtension.class)
class WithdrawalScreenLayoutTest {

    private static final Duration PAGE = Duration.ofSeconds(15);
    /** S256 of a verifier nobody uses: the tour never exchanges a code. */
    private static final String CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";
    private static final String DETAILS = "[{\"type\":\"sls_withdrawal\",\"amount\":\"250000.00\",\"currency\":\"USD\","
            + "\"payee\":\"ACME Brokerage •••• 1234\"}]";

    @Test
    void theRefusalKeepsItsLayout(KeycloakServer server) {
        assumeTrue(Chromium.find().isPresent(), "needs Chromium (the CI script installs it)");
        List<String> problems;
        try (Chromium chromium = Chromium.launch()) {
            problems = ScreenCheck.everyLanguageAndSize(chromium, (locale, suffix, found) -> {
                chromium.clearCookies();
                chromium.navigate(server.realmUrl(CodeCardSteps.REALM) + "/protocol/openid-connect/auth?client_id="
                        + CodeCardSteps.CLIENT + "&redirect_uri=" + encode(CodeCardSteps.REDIRECT)
                        + "&response_type=code&scope=openid&max_age=0&ui_locales=" + locale
                        + "&code_challenge_method=S256&code_challenge=" + CHALLENGE
                        + "&authorization_details=" + encode(DETAILS));
                chromium.waitUntil("document.querySelector('#kc-form-login')", PAGE);
                chromium.eval("document.querySelector('#username').value='bob';"
                        + "document.querySelector('#password').value='bob-demo-password';"
                        + "document.querySelector('#kc-login').click();true");
                chromium.waitUntil("document.querySelector('#sls-withdrawal-refused')", PAGE);
                found.addAll(ScreenCheck.check(chromium, "withdrawal-refused-" + suffix, null));
            });
        }
        assertEquals(List.of(), problems, "layout problems (screenshots in " + ScreenCheck.SCREENS + ")");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
