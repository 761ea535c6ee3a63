package dev.sls.ibkey.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.ciba.AuthRequestID;
import dev.sls.ibkey.app.IbKeyApp;
import dev.sls.ibkey.app.IbKeyUser;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.ClusterExtension;
import dev.sls.testkit.server.KeycloakCluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** CIBA on the two-node cluster: the call centre asks and polls node A, the phone decides on node B. */
@ExtendWith(ClusterExtension.class)
class CibaClusterTest {

    @Test
    void aRequestMadeOnOneNodeIsApprovedOnTheOtherAndPolledOnTheFirst(KeycloakCluster cluster) {
        IbKeySteps.TestUser user = IbKeySteps.newUser(AdminClient.forServer(cluster.node(0)), "xciba");
        IbKeyApp app = IbKeyApp.install("cluster phone", "android");
        IbKeyUser onA = IbKeySteps.enrol(cluster.node(0), user, app);
        IbKeyUser onB = new IbKeyUser(cluster.node(1).baseUrl(), onA.realm(), onA.username(), onA.deviceHandle(),
                onA.ocraSuite(), onA.ocraKey());
        CibaClient client = CibaClient.callCentre(cluster.node(0));
        AuthRequestID id = client.accepted(user.username(), CibaClient.binding("X-NODE"));
        assertEquals("authorization_pending", CibaClient.error(client.poll(id)).getCode());

        String challengeId = IbKeySteps.onlyPending(app, onB);
        assertEquals("X-NODE", app.read(onB, challengeId).bindingMessage());
        assertEquals("approved", app.approve(onB, challengeId, null).status());

        TokenResponse tokens = client.poll(id);
        assertTrue(tokens.indicatesSuccess(), () -> CibaClient.error(tokens).toJSONObject().toString());
        assertEquals(user.username(), CibaClient.idToken(tokens).getClaim("preferred_username"));
    }
}
