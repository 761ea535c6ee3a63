package dev.sls.codecard.it;

import static dev.sls.codecard.it.CodeCardSteps.LOGIN_FORM;
import static dev.sls.codecard.it.CodeCardSteps.REALM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.KeycloakExtension;
import dev.sls.testkit.browser.Browser;
import dev.sls.testkit.browser.Form;
import dev.sls.testkit.browser.OidcLogin;
import dev.sls.testkit.browser.Page;
import dev.sls.testkit.server.KeycloakServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Bad input on forms, in admin config and in imported realm data: a clear answer, no 5xx, nothing changed. */
@ExtendWith(KeycloakExtension.class)
class CodeCardBadInputTest {

    private static final String ISSUE_CONFIG = "/" + REALM + "/authentication/required-actions/sls-code-card-issue/config";

    @Test
    void garbageInTheCodeFieldsIsAWrongAnswerNotAnError(KeycloakServer server, AdminClient admin) {
        CodeCardSteps.TestUser user = CodeCardSteps.newUser(admin, "garbage");
        Map<Integer, String> card = CodeCardSteps.enrol(server, user);

        Page page = CodeCardSteps.password(server, new Browser(), user);
        for (String junk : List.of("", "abcd", "12 34 56", "<script>alert(1)</script>", "٣٤٥٦", "9".repeat(5_000))) {
            Form form = page.form(LOGIN_FORM);
            CodeCardSteps.askedIndexes(page, LOGIN_FORM).forEach(i -> form.set("code-" + i, junk));
            page = form.submit("kc-login");
            assertEquals(200, page.status(), page::describe);
            assertTrue(page.errorText().contains("not correct"), page::describe);
            assertFalse(page.html().contains("<script>alert(1)"), "typed input must be escaped");
        }
        Form missing = page.form(LOGIN_FORM);
        CodeCardSteps.askedIndexes(page, LOGIN_FORM).forEach(i -> missing.unset("code-" + i));
        page = missing.submit("kc-login");
        assertEquals(200, page.status(), page::describe);
        assertTrue(page.errorText().contains("not correct"), page::describe);

        admin.clearBruteForce(REALM, user.id());
        OidcLogin.finish(CodeCardSteps.login(page, card));
    }

    @Test
    void invalidIssuanceConfigIsRefusedAndLeavesTheConfigUnchanged(AdminClient admin) {
        JsonNode before = admin.get(ISSUE_CONFIG).path("config");
        for (String[] bad : new String[][] {{"sls.code-card.size", "abc"}, {"sls.code-card.size", "5"},
                {"sls.code-card.code-length", "12"}, {"sls.code-card.hash-iterations", "-1"},
                {"sls.code-card.activation-positions", "1"}}) {
            ObjectNode body = AdminClient.object();
            ObjectNode config = ((ObjectNode) before.deepCopy()).put(bad[0], bad[1]);
            body.set("config", config);
            AdminClient.Response response = admin.send("PUT", ISSUE_CONFIG, body);
            assertEquals(400, response.status(), bad[0] + "=" + bad[1] + " -> " + response.body());
            assertTrue(response.body().contains(bad[0]), response.body());
            assertEquals(before, admin.get(ISSUE_CONFIG).path("config"));
        }
    }

    @Test
    void importingADamagedCardIsRefusedAndCreatesNothing(AdminClient admin) {
        String username = CodeCardSteps.uniqueUsername("damaged");
        ObjectNode user = AdminClient.object().put("username", username).put("enabled", true)
                .put("emailVerified", true).put("email", username + "@example.test")
                .put("firstName", "Damaged").put("lastName", "Import");
        user.putArray("credentials").addObject().put("type", "sls-code-card")
                .put("credentialData", "{\"size\":100,\"codeLength\":4,\"algorithm\":\"PBKDF2-HMAC-SHA256\",\"iterations\":1000}")
                .put("secretData", "{\"salt\":\"c2FsdA==\",\"cellHashes\":[]}");
        ObjectNode partial = AdminClient.object().put("ifResourceExists", "FAIL");
        partial.putArray("users").add(user);

        AdminClient.Response response = admin.send("POST", "/" + REALM + "/partialImport", partial);

        assertEquals(400, response.status(), response.body());
        assertTrue(response.body().contains("sls-code-card") && response.body().contains("cells"), response.body());
        assertTrue(admin.get("/" + REALM + "/users?exact=true&username=" + username).isEmpty(), "nothing imported");
    }
}
