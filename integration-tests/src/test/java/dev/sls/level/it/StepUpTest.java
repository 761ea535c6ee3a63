package dev.sls.level.it;

import static dev.sls.chooser.it.ChooserSteps.Given.CODE_CARD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import dev.sls.chooser.it.ChooserSteps.TestUser;
import dev.sls.chooser.it.ChooserSteps;
import dev.sls.ibkey.app.IbKeyApp;
import dev.sls.ibkey.app.IbKeyUser;
import dev.sls.it.RelyingParty;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.KeycloakExtension;
import dev.sls.testkit.browser.Browser;
import dev.sls.testkit.browser.DataUri;
import dev.sls.testkit.browser.OidcLogin;
import dev.sls.testkit.browser.Page;
import dev.sls.testkit.browser.Tokens;
import dev.sls.testkit.server.KeycloakServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Security levels and step-up (F12) through Keycloak's own Level-of-Authentication machinery, checked as a relying
 * application sees it: ID tokens validated by a real OIDC library against the realm's keys, {@code acr} as Keycloak
 * maps the level, {@code amr} with RFC 8176 values, the {@code sls_device} claim.
 */
@ExtendWith(KeycloakExtension.class)
class StepUpTest {

    private static final String PIN = "7#k2Q";
    private static final String LEVEL_3 = "sls-level-3";

    @Test
    void aCodeCardSessionStepsUpToIbKeyWithoutThePasswordAndLaterLoginsDoNotAskAgain(KeycloakServer server,
                                                                                    AdminClient admin) {
        TestUser user = ChooserSteps.person(admin, "stepup", Set.of(CODE_CARD));
        Browser browser = new Browser();
        IbKeyApp app = IbKeyApp.install("phone of " + user.username(), "android");
        admin.addRequiredAction(ChooserSteps.REALM, user.id(), "sls-ibkey-activate");
        // First login: the code card (the only device), then IB Key is activated as a required action.
        Page card = ChooserSteps.password(server, browser, user);
        Page activation = ChooserSteps.answerCodeCard(card);
        IbKeyUser phone = activate(activation, app);
        Tokens first = OidcLogin.finish(activation.form("#sls-activate-form").submit());
        IDTokenClaimsSet firstClaims = RelyingParty.validate(server.realmUrl(ChooserSteps.REALM), ChooserSteps.CLIENT,
                first);
        assertEquals("sls-level-1", firstClaims.getACR().getValue());
        assertEquals(Set.of("pwd", "otp", "mfa"), amr(firstClaims));
        assertEquals(Map.of("type", "sls-code-card", "level", 1L), withoutId(firstClaims));

        // An application asks for level 3: the session's level 1 is not enough; no password, only IB Key is offered.
        Page push = OidcLogin.begin(browser, server.realmUrl(ChooserSteps.REALM), ChooserSteps.CLIENT,
                ChooserSteps.REDIRECT, Map.of("acr_values", LEVEL_3));
        assertFalse(push.has("#kc-form-login"), "no password again: " + push.describe());
        assertTrue(push.has("#sls-push-form"), push::describe);
        Tokens stepped = OidcLogin.finish(approve(push, app, phone));
        IDTokenClaimsSet claims = RelyingParty.validate(server.realmUrl(ChooserSteps.REALM), ChooserSteps.CLIENT,
                stepped);
        assertEquals("sls-level-3", claims.getACR().getValue());
        assertTrue(amr(claims).containsAll(Set.of("pwd", "swk", "mfa")), () -> amr(claims).toString());
        Map<String, Object> device = claims.getJSONObjectClaim("sls_device");
        assertEquals("sls-ib-key", device.get("type"));
        assertEquals(3L, ((Number) device.get("level")).longValue());
        assertEquals(credentialId(admin, user, "sls-ib-key"), device.get("credential_id"));

        // Within the level's max age, another application asking for level 3 gets it by single sign-on.
        Page sso = OidcLogin.begin(browser, server.realmUrl(ChooserSteps.REALM), ChooserSteps.TRANSFERS,
                ChooserSteps.TRANSFERS_REDIRECT);
        assertTrue(sso.isRedirect(), "no prompt at all: " + sso.describe());
        IDTokenClaimsSet transfers = RelyingParty.validate(server.realmUrl(ChooserSteps.REALM), ChooserSteps.TRANSFERS,
                OidcLogin.finish(sso));
        assertEquals("sls-level-3", transfers.getACR().getValue());
        assertEquals("sls-ib-key", transfers.getJSONObjectClaim("sls_device").get("type"));

        // max_age=0 asks for a fresh login (once a second has passed since the last one): the password again.
        pause(Duration.ofMillis(1100));
        Page fresh = OidcLogin.begin(browser, server.realmUrl(ChooserSteps.REALM), ChooserSteps.CLIENT,
                ChooserSteps.REDIRECT, Map.of("max_age", "0"));
        assertTrue(fresh.has("#kc-form-login"), fresh::describe);
    }

    @Test
    void aLoginWithIbKeyAloneYieldsTheIbKeyLevelAndAFreshLevelThreeLoginGreysTheCodeCard(KeycloakServer server,
                                                                                        AdminClient admin) {
        TestUser user = ChooserSteps.person(admin, "level3", Set.of(CODE_CARD));
        IbKeyApp app = IbKeyApp.install("phone of " + user.username(), "ios");
        admin.addRequiredAction(ChooserSteps.REALM, user.id(), "sls-ibkey-activate");
        Page activation = ChooserSteps.answerCodeCard(ChooserSteps.password(server, new Browser(), user));
        IbKeyUser phone = activate(activation, app);
        OidcLogin.finish(activation.form("#sls-activate-form").submit());

        Page chooser = ChooserSteps.password(server, new Browser(), user, ChooserSteps.CLIENT, ChooserSteps.REDIRECT,
                Map.of("acr_values", LEVEL_3));
        assertEquals(List.of("sls-ib-key", "sls-code-card"), ChooserSteps.types(chooser));
        var cardRow = ChooserSteps.row(chooser, "sls-code-card");
        assertTrue(cardRow.selectFirst("input").hasAttr("disabled"), cardRow::outerHtml);
        assertTrue(cardRow.text().contains("Not enough for this login: it needs level 3."), cardRow::text);
        assertTrue(chooser.text().contains("This application asks for security level 3 or higher."));
        Tokens tokens = OidcLogin.finish(approve(ChooserSteps.choose(chooser, "sls-ib-key"), app, phone));
        assertEquals("sls-level-3", RelyingParty.validate(server.realmUrl(ChooserSteps.REALM), ChooserSteps.CLIENT,
                tokens).getACR().getValue());

        // Without any acr asked, the level reached is still the device's: IB Key gives level 3.
        Page plain = ChooserSteps.password(server, new Browser(), user);
        Tokens plainTokens = OidcLogin.finish(approve(ChooserSteps.choose(plain, "sls-ib-key"), app, phone));
        IDTokenClaimsSet claims = RelyingParty.validate(server.realmUrl(ChooserSteps.REALM), ChooserSteps.CLIENT,
                plainTokens);
        assertEquals("sls-level-3", claims.getACR().getValue());
        assertEquals(Set.of("pwd", "swk", "mfa"), amr(claims));
    }

    @Test
    void withoutAGoodEnoughDeviceAClearPageSaysWhichIsNeededAndLeadsBackToTheApplication(KeycloakServer server,
                                                                                         AdminClient admin) {
        TestUser user = ChooserSteps.person(admin, "needed", Set.of(CODE_CARD));
        // Straight after the password: the only device does not reach what the application asks for.
        Page first = ChooserSteps.password(server, new Browser(), user, ChooserSteps.TRANSFERS,
                ChooserSteps.TRANSFERS_REDIRECT, Map.of());
        assertTrue(first.text().contains("None of your devices reaches security level 3."), first::describe);
        Browser browser = new Browser();
        OidcLogin.finish(ChooserSteps.answerCodeCard(ChooserSteps.password(server, browser, user)));

        // The transfers application asks for level 3 by its default ACR values; the session has level 1.
        Page needed = OidcLogin.begin(browser, server.realmUrl(ChooserSteps.REALM), ChooserSteps.TRANSFERS,
                ChooserSteps.TRANSFERS_REDIRECT);
        assertTrue(needed.has(ChooserSteps.NEEDED_FORM), needed::describe);
        assertEquals("A stronger device is needed", needed.document().selectFirst("#kc-page-title").text());
        assertTrue(needed.text().contains("None of your devices reaches security level 3."), needed::describe);
        String listed = needed.document().select("#sls-device-needed-list .sls-device-name").eachText().toString();
        assertTrue(listed.contains("IB Key"), listed);
        assertTrue(listed.contains("Digital Security Card+"), listed);
        assertFalse(listed.contains("Security Code Card"), listed);
        assertTrue(needed.text().contains("activate IB Key under \"Signing in\" in your account"), needed::describe);
        assertTrue(needed.document().selectFirst("#sls-device-needed-account-link").attr("href")
                .endsWith("/realms/sls-demo/account/account-security/signing-in"));

        Page back = needed.form(ChooserSteps.NEEDED_FORM).submit("sls-device-needed-back");
        assertTrue(back.isRedirect() && back.redirectLocation().startsWith(ChooserSteps.TRANSFERS_REDIRECT),
                back::describe);
        assertTrue(back.redirectLocation().contains("error=access_denied"), back::describe);
    }

    /** Issue 18: the page named a device one way in its list and another way in the hint beside it (ja DSC+). */
    @ParameterizedTest
    @ValueSource(strings = {"en", "ja", "fr"})
    void theDeviceNeededPageSpellsEachDeviceOneWay(String lang, KeycloakServer server, AdminClient admin) {
        TestUser user = ChooserSteps.person(admin, "needed-" + lang, Set.of(CODE_CARD));
        Page needed = ChooserSteps.password(server, new Browser().acceptLanguage(lang), user, ChooserSteps.TRANSFERS,
                ChooserSteps.TRANSFERS_REDIRECT, Map.of());
        assertTrue(needed.has(ChooserSteps.NEEDED_FORM), needed::describe);
        assertEquals(lang, needed.lang(), needed::describe);
        List<Element> ours = needed.document().select("#sls-device-needed-list .sls-needed-device").stream()
                .filter(device -> device.selectFirst(".sls-device-name").text().matches(".*(IB Key|DSC\\+).*"))
                .toList();
        assertEquals(2, ours.size(), needed::describe);
        for (Element device : ours) {
            // the name the list gives, without its explanation in parentheses: "IB Key", "Digital Security Card+"
            String name = device.selectFirst(".sls-device-name").text().replaceAll("\\s*[(（].*[)）]$", "");
            String hint = device.selectFirst(".sls-hint").text();
            assertTrue(hint.contains(name), "\"" + name + "\" spelled another way in: " + hint);
        }
    }

    private static IbKeyUser activate(Page activationPage, IbKeyApp app) {
        assertTrue(activationPage.has("#sls-activate-form"), activationPage::describe);
        String src = activationPage.document().selectFirst("img#sls-qr").attr("src");
        return app.activateFromQr(DataUri.bytes(src), PIN);
    }

    /** The phone approves the login the push page shows, typing the page's code; the page then moves on. */
    private static Page approve(Page pushPage, IbKeyApp app, IbKeyUser phone) {
        assertTrue(pushPage.has("#sls-push-form"), pushPage::describe);
        String code = pushPage.document().selectFirst("#sls-code").text().replace(" ", "");
        String challengeId = app.pending(phone).challenges().get(0).challengeId();
        app.approve(phone, challengeId, code);
        return pushPage.form("#sls-push-form").submit();
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> amr(IDTokenClaimsSet claims) {
        return claims.getAMR().stream().map(Object::toString).collect(Collectors.toSet());
    }

    private static Map<String, Object> withoutId(IDTokenClaimsSet claims) {
        Map<String, Object> device = new java.util.HashMap<>(claims.getJSONObjectClaim("sls_device"));
        assertTrue(device.remove("credential_id") instanceof String, device::toString);
        device.computeIfPresent("level", (k, v) -> ((Number) v).longValue());
        return device;
    }

    private static String credentialId(AdminClient admin, TestUser user, String type) {
        for (var credential : admin.credentials(ChooserSteps.REALM, user.id())) {
            if (type.equals(credential.path("type").asText())) {
                return credential.path("id").asText();
            }
        }
        throw new AssertionError("no " + type + " credential");
    }
}
