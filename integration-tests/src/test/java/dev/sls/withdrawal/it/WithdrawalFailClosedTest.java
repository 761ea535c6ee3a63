package dev.sls.withdrawal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import dev.sls.it.WithdrawalApp;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.KeycloakExtension;
import dev.sls.testkit.browser.Browser;
import dev.sls.testkit.browser.Page;
import dev.sls.testkit.server.KeycloakServer;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A request that asked for a withdrawal never becomes one that did not. Keycloak silently drops an additional
 * authorization request parameter longer than 2,000 characters, or beyond five additional parameters; without the
 * pack's client-policy executor each request below would open a plain login (no limit checked, no ledger entry, tokens
 * without {@code authorization_details}). Each is refused with {@code invalid_request} at the application, before any
 * login page.
 */
@ExtendWith(KeycloakExtension.class)
class WithdrawalFailClosedTest {

    private static final String ENTRY = "{\"type\":\"sls_withdrawal\",\"amount\":\"250000.00\",\"currency\":\"USD\"}";

    @BeforeAll
    static void theAdminAddsTheClaim(AdminClient admin) {
        WithdrawalApp.addClaimScope(admin);
    }

    private static String manyEntries() {
        StringJoiner entries = new StringJoiner(",", "[", "]");
        for (int i = 0; i < 50; i++) {
            entries.add(i == 0 ? ENTRY : "{\"type\":\"sls_withdrawal\",\"amount\":\"1.00\",\"currency\":\"USD\"}");
        }
        return entries.toString();
    }

    private static void refused(KeycloakServer server, String raw, Map<String, String> others, String what)
            throws Exception {
        WithdrawalApp app = new WithdrawalApp(server);
        Page answer = app.beginRaw(new Browser(), raw, others);
        assertTrue(answer.isRedirect(), what + ": " + answer.describe());
        assertEquals("invalid_request", app.error(answer), what);
    }

    @Test
    void aPaddedWithdrawalIsRefused(KeycloakServer server) throws Exception {
        refused(server, "[" + " ".repeat(2100) + ENTRY + "]", Map.of(), "padded with 2,100 spaces");
    }

    @Test
    void fiftyEntriesAreRefused(KeycloakServer server) throws Exception {
        String many = manyEntries();
        assertTrue(many.length() > 2000);
        refused(server, many, Map.of(), "50 entries");
    }

    @Test
    void aLongUnknownFieldIsRefused(KeycloakServer server) throws Exception {
        refused(server, "[{\"type\":\"sls_withdrawal\",\"amount\":\"250000.00\",\"currency\":\"USD\",\"memo\":\""
                + "x".repeat(2100) + "\"}]", Map.of(), "a long unknown field");
    }

    @Test
    void aWithdrawalBeyondKeycloaksNumberOfParametersIsRefused(KeycloakServer server) throws Exception {
        Map<String, String> others = new LinkedHashMap<>();
        for (int i = 1; i <= 6; i++) {
            others.put("extra" + i, "v" + i);
        }
        refused(server, "[" + ENTRY + "]", others, "after six other parameters");
    }

    @Test
    void aWithdrawalNamedInAnotherShapeIsRefused(KeycloakServer server) throws Exception {
        refused(server, "[{\"type\":\"payment_initiation\",\"sls_withdrawal\":{\"amount\":\"250000.00\"}}]",
                Map.of(), "sls_withdrawal as a field of another type");
    }

    @Test
    void aWholeWithdrawalStillOpensTheLogin(KeycloakServer server) throws Exception {
        Page login = new WithdrawalApp(server).beginRaw(new Browser(), "[" + ENTRY + "]", Map.of("extra", "1"));
        assertTrue(login.has("#kc-form-login"), login::describe);
    }

    @Test
    void aPushedRequestIsCheckedTheSameWay(KeycloakServer server) throws Exception {
        WithdrawalApp app = new WithdrawalApp(server);
        assertEquals("invalid_request", app.pushRaw(new Browser(), "[" + " ".repeat(2100) + ENTRY + "]"));
        assertEquals("invalid_request", app.pushRaw(new Browser(), manyEntries()));
        assertNull(app.pushRaw(new Browser(), "[" + ENTRY + "]"), "a whole withdrawal may be pushed");
    }

    @Test
    void aRequestObjectIsCheckedTheSameWay(KeycloakServer server) throws Exception {
        WithdrawalApp app = new WithdrawalApp(server);
        AuthenticationRequest inner = AuthenticationRequest.parse(URI.create(app.beginRawUri(manyEntries())));
        AuthenticationRequest outer = new AuthenticationRequest.Builder(new PlainJWT(inner.toJWTClaimsSet()),
                new ClientID(WithdrawalApp.CLIENT)).endpointURI(inner.getEndpointURI()).build();
        Browser browser = new Browser();
        browser.stopAt(WithdrawalApp.REDIRECT);
        Page answer = browser.open(outer.toURI().toString());
        assertTrue(answer.isRedirect(), answer::describe);
        assertEquals("invalid_request", app.error(answer));
    }
}
