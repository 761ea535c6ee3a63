package dev.sls.ibkey.it;

import static dev.sls.ibkey.it.IbKeySteps.REALM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.ClusterExtension;
import dev.sls.testkit.browser.Browser;
import dev.sls.testkit.browser.OidcLogin;
import dev.sls.testkit.browser.Page;
import dev.sls.testkit.server.KeycloakCluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Receipts in the shared database of the two-node cluster, reached behind the server's back with SQL: a receipt
 * changed in the table fails the check on either node, and expired receipts are deleted.
 */
@ExtendWith(ClusterExtension.class)
class ReceiptClusterTest {

    @Test
    void aReceiptChangedInTheDatabaseFailsAndExpiredOnesAreDeleted(KeycloakCluster cluster) {
        AdminClient admin = AdminClient.forServer(cluster.node(0));
        IbKeySteps.Enrolled e = IbKeySteps.enrolled(cluster.node(0), admin, "receipt-db");
        String userId = e.user().id();

        Page push = IbKeySteps.password(cluster.node(0), new Browser(), e.user());
        String challengeId = IbKeySteps.onlyPending(e.app(), e.onApp());
        assertEquals("approved", e.app().approve(e.onApp(), challengeId, IbKeySteps.shown(push)).status());
        OidcLogin.finish(IbKeySteps.continueAfterDecision(push, "approved"));

        AdminClient other = AdminClient.forServer(cluster.node(1));
        JsonNode receipts = receipts(other, userId);
        assertEquals(1, receipts.size(), receipts::toString);
        String id = receipts.get(0).path("id").asText();
        assertTrue(verify(other, userId, id).path("valid").asBoolean(), "untouched, it holds on the other node");

        // Someone with database access turns the approval into a deny: the check fails.
        cluster.sql("update sls_receipt set message = replace(message, 'decision=approve', 'decision=deny')"
                + " where id = '" + id + "'");
        JsonNode tampered = verify(other, userId, id);
        assertFalse(tampered.path("valid").asBoolean(), tampered::toString);
        assertEquals("signature_mismatch", tampered.path("problem").asText());
        assertEquals("deny", receipts(admin, userId).get(0).path("signed").path("decision").asText(),
                "the listing shows what is kept; the check tells it is not what the phone signed");

        // The receipt's time is up: it is no longer answered, and the person's next receipt deletes it.
        cluster.sql("update sls_receipt set expires_at = 1 where id = '" + id + "'");
        assertEquals(0, receipts(other, userId).size());
        assertEquals(404, other.send("POST", "/" + REALM + "/sls/receipts/users/" + userId + "/" + id + "/verify",
                AdminClient.object()).status());
        assertEquals("1", count(cluster, userId), "still stored until the clean-up");

        Page denied = IbKeySteps.password(cluster.node(1), new Browser(), e.user());
        assertEquals("denied", e.app().deny(e.onApp(), IbKeySteps.onlyPending(e.app(), e.onApp())).status());
        IbKeySteps.continueAfterDecision(denied, "denied");
        admin.clearBruteForce(REALM, userId);
        assertEquals("1", count(cluster, userId), "the expired one was deleted, the new one kept");
        assertEquals("0", cluster.sql("select count(*) from sls_receipt where id = '" + id + "'"));
        assertEquals(1, receipts(admin, userId).size());
    }

    private static JsonNode receipts(AdminClient admin, String userId) {
        return admin.get("/" + REALM + "/sls/receipts/users/" + userId).path("receipts");
    }

    private static JsonNode verify(AdminClient admin, String userId, String id) {
        return admin.post("/" + REALM + "/sls/receipts/users/" + userId + "/" + id + "/verify", AdminClient.object());
    }

    private static String count(KeycloakCluster cluster, String userId) {
        return cluster.sql("select count(*) from sls_receipt where user_id = '" + userId + "'");
    }
}
