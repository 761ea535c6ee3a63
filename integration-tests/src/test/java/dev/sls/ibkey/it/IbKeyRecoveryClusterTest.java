package dev.sls.ibkey.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sls.ibkey.app.DeviceApiException;
import dev.sls.ibkey.app.IbKeyApp;
import dev.sls.ibkey.app.IbKeyUser;
import dev.sls.ibkey.protocol.api.RecoveryStarted;
import dev.sls.mobile.it.PhoneConfig;
import dev.sls.mobile.it.PhoneSteps;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.ClusterExtension;
import dev.sls.testkit.gateway.FakeTwilio;
import dev.sls.testkit.server.KeycloakCluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A recovery started on one node is finished on the other: its state is in the cluster-wide single-use store. */
@ExtendWith(ClusterExtension.class)
@SuppressWarnings("try") // the PhoneConfig resources only restore the realm's settings
class IbKeyRecoveryClusterTest {

    private static final FakeTwilio twilio = FakeTwilio.shared();

    @Test
    void aRecoveryStartedOnNodeAIsFinishedOnNodeB(KeycloakCluster cluster) {
        AdminClient admin = AdminClient.forServer(cluster.node(0));
        String nodeA = cluster.node(0).baseUrl();
        String nodeB = cluster.node(1).baseUrl();
        try (PhoneConfig ignored = PhoneSteps.twilio(admin, cluster.node(0), twilio, IbKeyRecoveryTest.LIMITS)) {
            IbKeyApp oldPhone = IbKeyApp.install("old phone", "android");
            IbKeyRecoveryTest.Person person = IbKeyRecoveryTest.activatedBySms(nodeA, admin, "xrecover", oldPhone);
            IbKeyApp newPhone = IbKeyApp.install("new phone", "android");
            RecoveryStarted started = newPhone.startRecovery(nodeA, IbKeySteps.REALM, person.user().username(),
                    person.user().password());
            String token = IbKeyRecoveryTest.token(person.number());
            IbKeyUser recovered = newPhone.finishRecovery(nodeB, IbKeySteps.REALM, started, token,
                    IbKeyRecoveryTest.PIN, IbKeyRecoveryTest.PIN);
            assertEquals(person.user().username(), recovered.username());
            assertEquals("recovery_expired", assertThrows(DeviceApiException.class, () -> newPhone.finishRecovery(
                    nodeA, IbKeySteps.REALM, started, token, IbKeyRecoveryTest.PIN, IbKeyRecoveryTest.PIN)).error(),
                    "used up on both nodes");
            assertEquals("device_retired", assertThrows(DeviceApiException.class,
                    () -> oldPhone.pending(person.onApp())).error());
            JsonNode lines = AdminClient.forServer(cluster.node(1)).get("/" + IbKeySteps.REALM
                    + "/sls/history/users/" + person.user().id()).path("lines");
            assertEquals("recovered", lines.get(0).path("event").asText(), lines::toString);
        }
    }
}
