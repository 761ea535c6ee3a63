package dev.sls.settings.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sls.chooser.it.ChooserSteps;
import dev.sls.chooser.it.ChooserSteps.TestUser;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.KeycloakExtension;
import dev.sls.testkit.browser.Chromium;
import dev.sls.testkit.browser.ScreenCheck;
import dev.sls.testkit.server.KeycloakServer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The account console of the demo realm (account theme "sls", built on @keycloak/keycloak-account-ui) in a real
 * browser: the Secure Login System page with the person's devices and history, a stock page beside it, and the page
 * in every language on a laptop and a phone.
 */
@ExtendWith(KeycloakExtension.class)
class AccountConsolePageTest {

    private static final String REALM = AccountSteps.REALM;
    private static final Duration PAGE = Duration.ofSeconds(30);
    private static final String DEVICES = "#sls-account-devices";

    @Test
    void thePersonSeesTheirDevicesAndHistoryAndTheStockPagesStillWork(KeycloakServer server, AdminClient admin) {
        assumeTrue(Chromium.find().isPresent(), "needs Chromium (the CI script installs it)");
        TestUser person = ConsoleSteps.person(admin, "console");
        String console = server.realmUrl(REALM) + "/account/";
        try (Chromium chromium = Chromium.launch()) {
            chromium.viewport(1280, 900);
            logIn(chromium, console + "secure-login", person);
            await(chromium, "document.querySelector('" + DEVICES + "')", "devices");

            JsonNode card = chromium.eval("(() => { const e = document.querySelector('" + DEVICES
                    + " [data-type=sls-code-card]'); return e ? e.innerText : ''; })()");
            assertTrue(card.asText().contains("Security Code Card"), card::toString);
            assertTrue(card.asText().contains("Card of " + person.username()), card::toString);
            assertTrue(card.asText().contains("Active"), card::toString);
            JsonNode history = chromium.eval("Array.from(document.querySelectorAll('#sls-account-history "
                    + "[data-event]')).map(e => e.dataset.event + '/' + e.dataset.type).join(',')");
            assertTrue(history.asText().contains("retired/sls-temporary-access,activated/sls-temporary-access"),
                    history::toString);
            JsonNode line = chromium.eval("document.querySelector('#sls-account-history [data-event]').innerText");
            assertTrue(line.asText().contains("by Client Services"), line::toString);
            assertTrue(chromium.eval("!!document.querySelector('[data-testid=\"secure-login\"]')").asBoolean(),
                    "the menu links the page");
            assertTrue(chromium.eval("!!document.querySelector('#sls-account-open-settings')").asBoolean(),
                    "the page opens the Secure Login settings");

            chromium.navigate(console);
            chromium.waitUntil("(document.querySelector('input[name=firstName]') || {}).value === 'Multi'", PAGE);
            chromium.navigate(console + "account-security/signing-in");
            chromium.waitUntil("document.body.innerText.includes('Card of " + person.username() + "')", PAGE);
        }
    }

    @Test
    void removingTheOnlyDeviceAtTheRequiredLevelIsRefusedInTheServersWords(KeycloakServer server, AdminClient admin) {
        assumeTrue(Chromium.find().isPresent(), "needs Chromium (the CI script installs it)");
        TestUser person = ConsoleSteps.person(admin, "console-only");
        String cardId = cardId(admin, person);
        assertTrue(!cardId.isEmpty(), "the person has a code card");
        try (Chromium chromium = Chromium.launch()) {
            chromium.viewport(1280, 900);
            logIn(chromium, server.realmUrl(REALM) + "/account/secure-login", person);
            String remove = DEVICES + " [data-remove=\"" + cardId + "\"]";
            await(chromium, "document.querySelector('" + remove + "')", "remove-button");
            chromium.eval("document.querySelector('" + remove + "').click();true");
            // The pack's door (kc_action=sls-remove-device:<id>) may ask for the card again before it decides.
            String refused = "document.body.innerText.includes('only one that lets you log in at the required"
                    + " security level')";
            chromium.waitUntil("document.querySelector('" + ChooserSteps.CODE_CARD_FORM + ", "
                    + ChooserSteps.CHOOSER_FORM + "') || " + refused, PAGE);
            if (!chromium.eval(refused).asBoolean()) {
                answerCard(chromium);
            }
            await(chromium, refused, "remove-refused");
            chromium.screenshot(ScreenCheck.SCREENS.resolve("account-console-remove-refused.png"));
        }
        assertEquals(cardId, cardId(admin, person), "the card is still there");
    }

    @Test
    void thePageKeepsItsLayoutInEveryLanguageOnALaptopAndAPhone(KeycloakServer server, AdminClient admin) {
        assumeTrue(Chromium.find().isPresent(), "needs Chromium (the CI script installs it)");
        String console = server.realmUrl(REALM) + "/account/secure-login";
        List<String> problems;
        try (Chromium chromium = Chromium.launch()) {
            problems = ScreenCheck.everyLanguageAndSize(chromium, (locale, suffix, found) -> {
                TestUser person = ConsoleSteps.person(admin, "console-" + locale);
                speaks(admin, person, locale);
                logIn(chromium, console, person);
                await(chromium, "document.querySelector('" + DEVICES + "') && document.documentElement.lang === '"
                        + locale + "' && !document.querySelector('.pf-v5-c-spinner')", suffix);
                menuOpensOnlyWhenAsked(chromium, suffix);
                found.addAll(ScreenCheck.check(chromium, "account-console-" + suffix, "#sls-account", null));
                chromium.eval("document.querySelector('#sls-account-history').scrollIntoView();true");
                chromium.screenshot(ScreenCheck.SCREENS.resolve("account-console-history-" + suffix + ".png"));
            });
        }
        assertEquals(List.of(), problems, "layout problems (screenshots in " + ScreenCheck.SCREENS + ")");
    }

    private static final String MENU_SHOWN = "(() => { const s = document.querySelector('.pf-v5-c-page__sidebar');"
            + " const r = s.getBoundingClientRect();"
            + " return getComputedStyle(s).visibility !== 'hidden' && r.width > 0 && r.right > 0; })()";

    /**
     * On a phone the menu starts closed, the header's menu button opens it over the page and closes it again; on a
     * laptop it stays beside the page.
     */
    private static void menuOpensOnlyWhenAsked(Chromium chromium, String suffix) {
        boolean phone = chromium.eval("window.innerWidth < 1200").asBoolean();
        assertEquals(!phone, chromium.eval(MENU_SHOWN).asBoolean(), "menu shown on arrival (" + suffix + ")");
        if (phone) {
            chromium.eval("document.querySelector('#nav-toggle').click();true");
            chromium.waitUntil(MENU_SHOWN + " && document.querySelector('#nav-toggle')"
                    + ".getAttribute('aria-expanded') === 'true'", PAGE);
            chromium.screenshot(ScreenCheck.SCREENS.resolve("account-console-menu-" + suffix + ".png"));
            chromium.eval("document.querySelector('#nav-toggle').click();true");
            chromium.waitUntil("!" + MENU_SHOWN + " && document.querySelector('#nav-toggle')"
                    + ".getAttribute('aria-expanded') === 'false'", PAGE);
        }
    }

    /** Waits for {@code condition}; when it never holds, the failure shows what the page shows instead. */
    private static void await(Chromium chromium, String condition, String name) {
        try {
            chromium.waitUntil(condition, PAGE);
        } catch (AssertionError e) {
            chromium.screenshot(ScreenCheck.SCREENS.resolve("account-console-failed-" + name + ".png"));
            throw new AssertionError(e.getMessage() + "; the page shows: "
                    + chromium.eval("document.documentElement.lang + ' | ' + document.body.innerText.slice(0, 600)"
                    + " + ' | ' + Array.from(document.scripts).map(s => s.src).join(' ')"), e);
        }
    }

    private static String cardId(AdminClient admin, TestUser person) {
        for (JsonNode credential : admin.credentials(REALM, person.id())) {
            if ("sls-code-card".equals(credential.path("type").asText())) {
                return credential.path("id").asText();
            }
        }
        return "";
    }

    private static void speaks(AdminClient admin, TestUser person, String locale) {
        ObjectNode user = (ObjectNode) admin.get("/" + REALM + "/users/" + person.id());
        ObjectNode attributes = user.has("attributes") ? (ObjectNode) user.get("attributes") : user.putObject("attributes");
        attributes.set("locale", AdminClient.array(List.of(locale)));
        admin.put("/" + REALM + "/users/" + person.id(), user);
    }

    /** Opens {@code url} of the console: Keycloak asks for the password, then the code card (picked if asked). */
    private static void logIn(Chromium chromium, String url, TestUser person) {
        chromium.navigate(url);
        chromium.waitUntil("document.querySelector('#kc-form-login')", PAGE);
        chromium.eval("document.querySelector('#username').value=" + Chromium.quote(person.username())
                + ";document.querySelector('#password').value=" + Chromium.quote(person.password())
                + ";document.querySelector('#kc-login').click();true");
        answerCard(chromium);
    }

    /** Answers Keycloak's second step with the code card: picked first when the chooser asks. */
    private static void answerCard(Chromium chromium) {
        chromium.waitUntil("document.querySelector('" + ChooserSteps.CODE_CARD_FORM + ", " + ChooserSteps.CHOOSER_FORM
                + "')", PAGE);
        if (chromium.eval("!!document.querySelector('" + ChooserSteps.CHOOSER_FORM + "')").asBoolean()) {
            chromium.eval("document.querySelector('" + ChooserSteps.CHOOSER_FORM
                    + " [data-sls-type=sls-code-card] input').click();"
                    + "document.querySelector('#sls-chooser-continue').click();true");
            chromium.waitUntil("document.querySelector('" + ChooserSteps.CODE_CARD_FORM + "')", PAGE);
        }
        ChooserSteps.answerCodeCard(chromium);
    }
}
