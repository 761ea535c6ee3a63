package dev.sls.settings.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sls.chooser.it.ChooserSteps;
import dev.sls.chooser.it.ChooserSteps.Given;
import dev.sls.chooser.it.ChooserSteps.TestUser;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.browser.Browser;
import dev.sls.testkit.browser.OidcLogin;
import dev.sls.testkit.browser.Page;
import dev.sls.testkit.server.KeycloakServer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Accounts (Keycloak Organizations) of the demo realm with a primary user, and logins to the Secure Login pages. */
public final class AccountSteps {

    public static final String REALM = ChooserSteps.REALM;
    public static final String RIGHT = "sls-security-settings";
    public static final String TRADING = "sls-demo-trading";
    public static final String TRADING_REDIRECT = "http://localhost/sls-demo-trading-callback";
    public static final String SETTINGS_PAGE = "#sls-settings-form";
    public static final String OPTOUT_FORM = "#sls-optout-form";
    public static final String PASSWORD_FORM = "#kc-form-login";

    /** An account: its primary user (holding the right), a secondary user and a second secondary user. */
    public record Account(String id, TestUser primary, TestUser secondary, TestUser other) {
    }

    private AccountSteps() {
    }

    /** A new organization whose members are a primary user and two others, each with a code card. */
    public static Account account(AdminClient admin, String prefix) {
        TestUser primary = ChooserSteps.person(admin, prefix + "-primary", Set.of(Given.CODE_CARD));
        TestUser secondary = ChooserSteps.person(admin, prefix + "-second", Set.of(Given.CODE_CARD));
        TestUser other = ChooserSteps.person(admin, prefix + "-third", Set.of(Given.CODE_CARD));
        String alias = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        ObjectNode organization = AdminClient.object().put("name", alias).put("alias", alias).put("enabled", true);
        organization.putArray("domains").addObject().put("name", alias + ".example");
        String id = admin.post("/" + REALM + "/organizations", organization).asText();
        for (TestUser member : List.of(primary, secondary, other)) {
            AdminClient.Response added = admin.send("POST", "/" + REALM + "/organizations/" + id + "/members",
                    "\"" + member.id() + "\"");
            assertEquals(201, added.status(), added.body());
        }
        grantRight(admin, primary);
        return new Account(id, primary, secondary, other);
    }

    public static void grantRight(AdminClient admin, TestUser user) {
        JsonNode role = admin.get("/" + REALM + "/roles/" + RIGHT);
        admin.post("/" + REALM + "/users/" + user.id() + "/role-mappings/realm", new ObjectMapper().createArrayNode().add(role));
    }

    /** Opens {@code kc_action=action} for the demo app, logging in with the password and the code card. */
    public static Page openWithCard(KeycloakServer server, Browser browser, TestUser user, String action,
                                    Map<String, String> extra) {
        Map<String, String> parameters = new java.util.HashMap<>(extra);
        parameters.put("kc_action", action);
        Page page = ChooserSteps.password(server, browser, user, ChooserSteps.CLIENT, ChooserSteps.REDIRECT,
                parameters);
        return answerCard(page);
    }

    /** Answers the code card (picking it first on the chooser if asked). */
    public static Page answerCard(Page page) {
        if (page.has(ChooserSteps.CHOOSER_FORM)) {
            page = ChooserSteps.choose(page, "sls-code-card");
        }
        assertTrue(page.has(ChooserSteps.CODE_CARD_FORM), page::describe);
        return ChooserSteps.answerCodeCard(page);
    }

    /** Starts a login of {@code client}; the password form is filled when Keycloak shows it. */
    public static Page login(KeycloakServer server, Browser browser, TestUser user, String client, String redirect,
                             Map<String, String> extra) {
        Page page = OidcLogin.begin(browser, server.realmUrl(REALM), client, redirect, extra);
        return page.has(PASSWORD_FORM) ? password(page, user) : page;
    }

    /** Keycloak's password form, also as it shows again for a person already known (username then fixed). */
    public static Page password(Page page, TestUser user) {
        var form = page.form(PASSWORD_FORM);
        if (form.names().contains("username")) {
            form.set("username", user.username());
        }
        return form.set("password", user.password()).submit("kc-login");
    }
}
