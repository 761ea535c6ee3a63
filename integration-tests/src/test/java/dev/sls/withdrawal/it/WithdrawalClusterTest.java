package dev.sls.withdrawal.it;

import dev.sls.codecard.it.CodeCardSteps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sls.codecard.it.CodeCardSteps;
import com.fasterxml.jackson.databind.JsonNode;
import dev.sls.codecard.it.CodeCardSteps;
import dev.sls.it.WithdrawalApp;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.ClusterExtension;
import dev.sls.testkit.browser.Browser;
import dev.sls.testkit.browser.Page;
import dev.sls.testkit.server.KeycloakCluster;
import dev.sls.testkit.server.KeycloakServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import dev.sls.codecard.it.CodeCardSteps;

/**
 * Withdrawal limits on the two-node cluster (shared PostgreSQL): the ledger is one for both nodes, and one person's
 * withdrawals are confirmed one at a time whichever node each login is on.
 */
@ExtendWith(ClusterExtension.class)
class WithdrawalClusterTest {

    private static final String REFUSED = "#sls-withdrawal-refused";

    private static Page ask(KeycloakServer node, CodeCardSteps.TestUser user, String amount) {
        Page login = new WithdrawalApp(node).begin(new Browser(),
                List.of(WithdrawalApp.withdrawal(amount, "USD", null)), true);
        return login.form("#kc-form-login").set("username", user.username()).set("password", user.password())
                .submit("kc-login");
    }

    private static JsonNode records(AdminClient admin, CodeCardSteps.TestUser user) {
        return admin.get("/" + CodeCardSteps.REALM + "/sls/withdrawal/users/" + user.id()).path("withdrawals");
    }

    @Test
    void twoWithdrawalsAtOnceOnTwoNodesCannotTogetherPassTheLimit(KeycloakCluster cluster) {
        AdminClient admin = AdminClient.forServer(cluster.node(0));
        WithdrawalApp.addClaimScope(admin);
        CodeCardSteps.TestUser user = CodeCardSteps.newUser(admin, "wd-nodes");
        Map<Integer, String> card = CodeCardSteps.enrol(cluster.node(0), user);
        List<Page> pages = new ArrayList<>();
        for (int node = 0; node < 2; node++) {
            Page codes = ask(cluster.node(node), user, "150000.00");
            assertTrue(codes.has(CodeCardSteps.LOGIN_FORM), "node " + node + ": within the day's limit alone, "
                    + codes.describe());
            pages.add(codes);
        }
        List<Page> done = CodeCardSteps.loginAtOnce(pages, card);

        assertEquals(1, done.stream().filter(Page::isRedirect).count(), "exactly one is confirmed: " + done);
        Page refused = done.stream().filter(page -> !page.isRedirect()).findFirst().orElseThrow();
        if (refused.has(CodeCardSteps.LOGIN_FORM)) {
            // Keycloak's transient lock of a second login of the same user at the same instant (see
            // CodeCardWithdrawalTest): the codes are typed again, and the confirmed withdrawal already counts.
            refused = CodeCardSteps.login(refused, card);
        }
        assertTrue(refused.has(REFUSED), refused::describe);
        assertTrue(refused.document().selectFirst(REFUSED).text().contains("$200,000.00 in one business day"),
                refused::describe);
        JsonNode onOtherNode = records(AdminClient.forServer(cluster.node(1)), user);
        assertEquals(1, onOtherNode.size(), onOtherNode::toString);
        assertEquals("150000.00", onOtherNode.get(0).path("amount").asText());

        // What is left today (USD 50,000) is the same on both nodes.
        assertTrue(ask(cluster.node(1), user, "50000.01").has(REFUSED));
        assertTrue(ask(cluster.node(0), user, "50000.00").has(CodeCardSteps.LOGIN_FORM));
    }
}
