package dev.sls.dscplus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sls.dscplus.simulator.CardVendor;
import dev.sls.dscplus.simulator.DscPlusCard;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.ClusterExtension;
import dev.sls.testkit.browser.Browser;
import dev.sls.testkit.browser.OidcLogin;
import dev.sls.testkit.browser.Page;
import dev.sls.testkit.server.KeycloakCluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * DSC+ on the two-node cluster, on PostgreSQL: the inventory tables (Liquibase changelog) hold cards imported through
 * one node and seen by the other, and a challenge drawn by one node is answered at the other.
 */
@ExtendWith(ClusterExtension.class)
class DscPlusClusterTest {

    @Test
    void cardsImportedOnOneNodeServeALoginFinishedOnTheOther(KeycloakCluster cluster) {
        AdminClient onA = AdminClient.forServer(cluster.node(0));
        AdminClient onB = AdminClient.forServer(cluster.node(1));
        DscPlusSteps.TestUser user = DscPlusSteps.newUser(onA, "xdsc");
        CardVendor batch = DscPlusSteps.importBatch(onA, 2);
        for (CardVendor.MadeCard made : batch.cards()) {
            assertEquals("stock", DscPlusSteps.cardBySerial(onB, made.serial()).path("state").asText());
        }
        DscPlusSteps.assign(onB, batch.cards().get(0).serial(), DscPlusSteps.newUser(onB, "xdsc-stock"));
        assertEquals("assigned", DscPlusSteps.cardBySerial(onA, batch.cards().get(0).serial()).path("state").asText());

        DscPlusCard card = DscPlusSteps.activeCardHolder(cluster.node(0), onB, user);

        Browser browser = new Browser();
        Page challenge = DscPlusSteps.password(cluster.node(0), browser, user.username(), user.password());
        browser.sendTo(cluster.node(0).baseUrl(), cluster.node(1).baseUrl());
        Page next = DscPlusSteps.answer(challenge, card, DscPlusSteps.PIN);
        assertEquals(user.username(), OidcLogin.finish(next).accessClaims().path("preferred_username").asText());
    }
}
