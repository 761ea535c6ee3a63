package dev.sls.sharing.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sls.codecard.it.CodeCardSteps;
import dev.sls.dscplus.it.DscPlusSteps;
import dev.sls.dscplus.simulator.DscPlusCard;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.KeycloakExtension;
import dev.sls.testkit.browser.Chromium;
import dev.sls.testkit.browser.ScreenCheck;
import dev.sls.testkit.server.KeycloakServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Device sharing in a real browser, in every language, on a laptop and on a phone: each step of the procedure, the
 * login with the shared device, the settings page with the sharing box, Cancel sharing confirmed and done there,
 * and both refusals.
 */
@ExtendWith(KeycloakExtension.class)
class SharingScreenLayoutTest {

    private static final Duration PAGE = Duration.ofSeconds(15);
    private static final String REALM = SharingSteps.REALM;
    /** The page after the owner's device answered, once it says why the share is refused. */
    private static final String REFUSED = "!document.querySelector('" + SharingSteps.RESPONSE_FORM + "')"
            + " && document.querySelector('.pf-v5-c-alert__title, .kc-feedback-text, .alert-error')";

    @Test
    void everySharingScreenKeepsItsLayout(KeycloakServer server, AdminClient admin) {
        assumeTrue(Chromium.find().isPresent(), "needs Chromium (the CI script installs it)");
        String realmUrl = server.realmUrl(REALM);
        List<String> problems;
        try (Chromium chromium = Chromium.launch()) {
            problems = ScreenCheck.everyLanguageAndSize(chromium, (locale, suffix, found) -> {
                SharingSteps.CardOwner owner = SharingSteps.dscPlusOwner(server, admin, SharingSteps.CAROLS_DATA);
                SharingSteps.CodeCardHolder requester = SharingSteps.codeCardHolder(server, admin, "share-layout",
                        SharingSteps.CAROLS_DATA);
                chromium.clearCookies();
                withCodes(chromium, realmUrl, locale, requester, "sls-share-device");
                chromium.waitUntil("document.querySelector('" + SharingSteps.OWNER_FORM + "')", PAGE);
                found.addAll(ScreenCheck.check(chromium, "share-owner-" + suffix, null));
                enterOwner(chromium, owner.user().username(), owner.user().password());
                chromium.waitUntil("document.querySelector('" + SharingSteps.RESPONSE_FORM + "')", PAGE);
                found.addAll(ScreenCheck.check(chromium, "share-challenge-" + suffix, null));
                answerWithCard(chromium, owner.card(), "#sls-continue");
                chromium.waitUntil("document.querySelector('" + SharingSteps.REVIEW_FORM + "')", PAGE);
                found.addAll(ScreenCheck.check(chromium, "share-review-" + suffix, null));
                chromium.eval("document.querySelector('#sls-continue').click();true");
                chromium.waitUntil("document.querySelector('" + SharingSteps.STATUS_FORM + "')", PAGE);
                found.addAll(ScreenCheck.check(chromium, "share-status-" + suffix, null));

                chromium.clearCookies();
                chromium.logIn(realmUrl, SharingSteps.CLIENT, SharingSteps.REDIRECT, locale,
                        requester.user().username(), requester.user().password(), Map.of("kc_action", "sls-settings"));
                chromium.waitUntil("document.querySelector('" + SharingSteps.SHARED_LOGIN_FORM + "')", PAGE);
                found.addAll(ScreenCheck.check(chromium, "shared-login-" + suffix, null));
                answerWithCard(chromium, owner.card(), "#kc-login");
                chromium.waitUntil("document.querySelector('#sls-sharing-section #sls-cancel-sharing')", PAGE);
                found.addAll(ScreenCheck.check(chromium, "settings-shared-" + suffix, null));
                chromium.eval("document.querySelector('#sls-cancel-sharing').click();true");
                chromium.waitUntil("document.querySelector('#sls-settings-confirm')", PAGE);
                found.addAll(ScreenCheck.check(chromium, "settings-cancel-confirm-" + suffix, null));
                chromium.eval("document.querySelector('#sls-settings-confirm-yes').click();true");
                chromium.waitUntil("document.querySelector('#sls-settings-outcome')", PAGE);
                found.addAll(ScreenCheck.check(chromium, "settings-cancelled-" + suffix, null));

                SharingSteps.CodeCardHolder other = SharingSteps.codeCardHolder(server, admin, "share-layout-other",
                        SharingSteps.OTHER_DATA);
                chromium.clearCookies();
                withCodes(chromium, realmUrl, locale, other, "sls-share-device");
                chromium.waitUntil("document.querySelector('" + SharingSteps.OWNER_FORM + "')", PAGE);
                enterOwner(chromium, owner.user().username(), owner.user().password());
                chromium.waitUntil("document.querySelector('" + SharingSteps.RESPONSE_FORM + "')", PAGE);
                answerWithCard(chromium, owner.card(), "#sls-continue");
                chromium.waitUntil(REFUSED, PAGE);
                found.addAll(ScreenCheck.check(chromium, "share-refused-data-" + suffix, null));

                SharingSteps.CodeCardHolder cardOwner = SharingSteps.codeCardHolder(server, admin,
                        "share-layout-card", SharingSteps.CAROLS_DATA);
                SharingSteps.CardOwner dscHolder = SharingSteps.dscPlusOwner(server, admin, SharingSteps.CAROLS_DATA);
                chromium.clearCookies();
                chromium.logIn(realmUrl, SharingSteps.CLIENT, SharingSteps.REDIRECT, locale,
                        dscHolder.user().username(), dscHolder.user().password(),
                        Map.of("kc_action", "sls-share-device"));
                chromium.waitUntil("document.querySelector('" + DscPlusSteps.LOGIN_FORM + "')", PAGE);
                String challenge = chromium.eval("document.querySelector('#sls-challenge').textContent.trim()")
                        .asText();
                chromium.eval("document.querySelector('input[name=sls-response]').value=" + Chromium.quote(
                        SharingSteps.cardResponse(dscHolder.card(), challenge))
                        + ";document.querySelector('#kc-login').click();true");
                chromium.waitUntil("document.querySelector('" + SharingSteps.OWNER_FORM + "')", PAGE);
                enterOwner(chromium, cardOwner.user().username(), cardOwner.user().password());
                chromium.waitUntil("document.querySelector('" + SharingSteps.RESPONSE_FORM + "')", PAGE);
                fillCodes(chromium, SharingSteps.RESPONSE_FORM, cardOwner.card(), "#sls-continue");
                chromium.waitUntil(REFUSED, PAGE);
                found.addAll(ScreenCheck.check(chromium, "share-refused-less-secure-" + suffix, null));
            });
        }
        assertEquals(List.of(), problems, "layout problems (screenshots in " + ScreenCheck.SCREENS + ")");
    }

    private static void withCodes(Chromium chromium, String realmUrl, String locale,
                                  SharingSteps.CodeCardHolder holder, String action) {
        chromium.logIn(realmUrl, SharingSteps.CLIENT, SharingSteps.REDIRECT, locale, holder.user().username(),
                holder.user().password(), Map.of("kc_action", action));
        chromium.waitUntil("document.querySelector('" + CodeCardSteps.LOGIN_FORM + "')", PAGE);
        fillCodes(chromium, CodeCardSteps.LOGIN_FORM, holder.card(), "#kc-login");
    }

    private static void fillCodes(Chromium chromium, String form, Map<Integer, String> card, String button) {
        JsonNode names = chromium.eval("Array.from(document.querySelectorAll('" + form + " input'))"
                + ".map(e => e.name).filter(n => n.startsWith('code-')).join(',')");
        StringBuilder fill = new StringBuilder();
        for (String name : names.asText().split(",")) {
            fill.append("document.querySelector('input[name=").append(name).append("]').value=")
                    .append(Chromium.quote(card.get(Integer.parseInt(name.substring(5))))).append(';');
        }
        chromium.eval(fill + "document.querySelector('" + button + "').click();true");
    }

    private static void enterOwner(Chromium chromium, String username, String password) {
        chromium.eval("document.querySelector('input[name=sls-owner-username]').value=" + Chromium.quote(username)
                + ";document.querySelector('input[name=sls-owner-password]').value=" + Chromium.quote(password)
                + ";document.querySelector('#sls-continue').click();true");
    }

    private static void answerWithCard(Chromium chromium, DscPlusCard card, String button) {
        String challenge = chromium.eval("document.querySelector('.sls-share-shown').textContent.trim()").asText();
        chromium.eval("document.querySelector('input[name=sls-response]').value=" + Chromium.quote(
                SharingSteps.cardResponse(card, challenge)) + ";document.querySelector('" + button
                + "').click();true");
    }
}
