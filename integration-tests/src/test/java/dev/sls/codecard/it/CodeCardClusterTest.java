package dev.sls.codecard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sls.testkit.ClusterExtension;
import dev.sls.testkit.browser.Browser;
import dev.sls.testkit.browser.OidcLogin;
import dev.sls.testkit.browser.Page;
import dev.sls.testkit.server.KeycloakCluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The code card on the two-node cluster: the challenge is drawn by one node, the answer checked by the other. */
@ExtendWith(ClusterExtension.class)
class CodeCardClusterTest {

    @Test
    void anAnswerPostedToTheOtherNodeLogsIn(KeycloakCluster cluster) {
        Browser browser = new Browser();
        Page card = CodeCardSteps.password(cluster.node(0), browser, "bob", "bob-demo-password");
        browser.sendTo(cluster.node(0).baseUrl(), cluster.node(1).baseUrl());
        Page next = CodeCardSteps.login(card, CodeCardSteps.bobsCard());
        assertEquals("bob", OidcLogin.finish(next).accessClaims().path("preferred_username").asText());
    }
}
