package dev.sls.ibkey.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sls.ibkey.app.DeviceApiException;
import dev.sls.ibkey.app.IbKeyApp;
import dev.sls.ibkey.app.IbKeyUser;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.ClusterExtension;
import dev.sls.testkit.server.KeycloakCluster;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The delivered password on the two-node cluster: reset on one node, fetched once on either. */
@ExtendWith(ClusterExtension.class)
class PasswordDeliveryClusterTest {

    private static final String PASSWORD = "[A-Za-z2-9]{5}(-[A-Za-z2-9]{5}){3}";

    private static IbKeyUser on(KeycloakCluster cluster, int node, IbKeyUser user) {
        return new IbKeyUser(cluster.node(node).baseUrl(), user.realm(), user.username(), user.deviceHandle(),
                user.ocraSuite(), user.ocraKey());
    }

    @Test
    void resetOnOneNodeIsFetchedOnTheOtherAndOnlyOnce(KeycloakCluster cluster) {
        AdminClient admin = AdminClient.forServer(cluster.node(0));
        IbKeyApp app = IbKeyApp.install("cluster phone", "android");
        IbKeySteps.TestUser user = IbKeySteps.newUser(admin, "xdelivery");
        IbKeyUser onA = IbKeySteps.enrol(cluster.node(0), user, app);
        assertEquals(201, admin.send("POST", PasswordDeliveryTest.AREA + user.id(), null).status());

        assertTrue(app.fetchDeliveredPassword(on(cluster, 1, onA), IbKeySteps.PIN).matches(PASSWORD));
        DeviceApiException again = assertThrows(DeviceApiException.class,
                () -> app.fetchDeliveredPassword(onA, IbKeySteps.PIN));
        assertEquals("password_already_fetched", again.error());
        assertEquals("fetched", admin.get(PasswordDeliveryTest.AREA + user.id()).path("state").asText());
    }

    @Test
    void twoFetchesAtOnceOnBothNodesGetItOnce(KeycloakCluster cluster) throws Exception {
        AdminClient admin = AdminClient.forServer(cluster.node(0));
        IbKeyApp app = IbKeyApp.install("cluster phone", "android");
        IbKeySteps.TestUser user = IbKeySteps.newUser(admin, "xdelivery-race");
        IbKeyUser onA = IbKeySteps.enrol(cluster.node(0), user, app);
        IbKeyUser onB = on(cluster, 1, onA);
        for (int round = 0; round < 3; round++) {
            assertEquals(201, admin.send("POST", PasswordDeliveryTest.AREA + user.id(), null).status());
            List<String> outcomes = race(() -> app.fetchDeliveredPassword(onA, IbKeySteps.PIN),
                    () -> app.fetchDeliveredPassword(onB, IbKeySteps.PIN));
            assertEquals(1, outcomes.stream().filter(o -> o.matches(PASSWORD)).count(), outcomes::toString);
            assertTrue(outcomes.contains("password_already_fetched"), outcomes::toString);
        }
    }

    private static List<String> race(Callable<String> one, Callable<String> other) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<String> outcomes = new ArrayList<>();
            for (Future<String> f : pool.invokeAll(List.of(refusalAsOutcome(one), refusalAsOutcome(other)))) {
                outcomes.add(f.get());
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Callable<String> refusalAsOutcome(Callable<String> call) {
        return () -> {
            try {
                return call.call();
            } catch (DeviceApiException refused) {
                return refused.error();
            }
        };
    }
}
