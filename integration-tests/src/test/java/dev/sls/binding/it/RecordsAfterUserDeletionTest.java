package dev.sls.binding.it;

import static dev.sls.ibkey.it.IbKeySteps.REALM;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sls.ibkey.it.IbKeySteps;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.KeycloakExtension;
import dev.sls.testkit.browser.Browser;
import dev.sls.testkit.browser.Page;
import dev.sls.testkit.server.KeycloakServer;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * docs/decisions/records-after-user-deletion.md: deleting a person in Keycloak deletes their device history, IB Key
 * receipts and withdrawal records in the same transaction. Seen from the admin API: a user imported again under the
 * deleted person's id (Keycloak's partial import keeps a given id) inherits none of them.
 */
@ExtendWith(KeycloakExtension.class)
class RecordsAfterUserDeletionTest {

    @Test
    void aDeletedPersonsRecordsGoWithThem(KeycloakServer server, AdminClient admin) {
        IbKeySteps.Enrolled e = IbKeySteps.enrolled(server, admin, "gone");
        String userId = e.user().id();
        Page denied = IbKeySteps.password(server, new Browser(), e.user());
        String deniedId = IbKeySteps.onlyPending(e.app(), e.onApp());
        assertEquals("denied", e.app().deny(e.onApp(), deniedId).status());
        IbKeySteps.continueAfterDecision(denied, "denied");
        admin.post("/" + REALM + "/sls/withdrawal/users/" + userId, Map.of("amount", "1500.00", "currency", "USD",
                "device", "sls-ib-key"));
        // what the person leaves behind before the deletion: one line, one receipt, one withdrawal
        assertEquals(1, history(admin, userId), "the activation");
        assertEquals(1, receipts(admin, userId), "the deny");
        assertEquals(1, withdrawals(admin, userId));

        admin.delete("/" + REALM + "/users/" + userId);

        ObjectNode again = AdminClient.object().put("id", userId).put("username", e.user().username() + "-again")
                .put("enabled", true);
        ObjectNode body = AdminClient.object().put("ifResourceExists", "FAIL");
        body.putArray("users").add(again);
        AdminClient.Response imported = admin.send("POST", "/" + REALM + "/partialImport", body);
        assertEquals(200, imported.status(), imported.body());
        assertEquals(userId, admin.userId(REALM, e.user().username() + "-again"), "the same id again");
        assertEquals(0, history(admin, userId));
        assertEquals(0, receipts(admin, userId));
        assertEquals(0, withdrawals(admin, userId));
        admin.delete("/" + REALM + "/users/" + userId);
    }

    private static int history(AdminClient admin, String userId) {
        return admin.get("/" + REALM + "/sls/history/users/" + userId).path("lines").size();
    }

    private static int receipts(AdminClient admin, String userId) {
        return admin.get("/" + REALM + "/sls/receipts/users/" + userId).path("receipts").size();
    }

    private static int withdrawals(AdminClient admin, String userId) {
        return admin.get("/" + REALM + "/sls/withdrawal/users/" + userId).path("withdrawals").size();
    }
}
