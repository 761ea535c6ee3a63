package dev.sls.sharing.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sls.codecard.it.CodeCardSteps;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.ClusterExtension;
import dev.sls.testkit.browser.Browser;
import dev.sls.testkit.browser.OidcLogin;
import dev.sls.testkit.browser.Page;
import dev.sls.testkit.browser.Tokens;
import dev.sls.testkit.server.KeycloakCluster;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Device sharing on the two-node cluster: a request sent on node A and approved there by an {@code sls-compliance}
 * officer through the admin API is used for a login on node B; cancelled on B's settings page, it is gone on A (the
 * own card logs in there again, both histories read on A).
 */
@ExtendWith(ClusterExtension.class)
class SharingClusterTest {

    private static final String REALM = SharingSteps.REALM;

    @Test
    void aShareApprovedOnOneNodeLogsInOnTheOtherAndACancelIsSeenEverywhere(KeycloakCluster cluster) {
        AdminClient onA = AdminClient.forServer(cluster.node(0));
        AdminClient onB = AdminClient.forServer(cluster.node(1));
        String previous = SharingSteps.requireApproval(onA, "true");
        try (ComplianceApprovalTest.Officer officer = ComplianceApprovalTest.Officer.holding(cluster.node(0), onA,
                "sls-compliance")) {
            SharingSteps.CardOwner owner = SharingSteps.dscPlusOwner(cluster.node(0), onA, SharingSteps.CAROLS_DATA);
            SharingSteps.CodeCardHolder requester = SharingSteps.codeCardHolder(cluster.node(0), onA, "xshare",
                    SharingSteps.CAROLS_DATA);
            Page status = SharingSteps.share(cluster.node(0), new Browser(), requester, owner);
            assertEquals("pending", SharingSteps.state(status));
            OidcLogin.finish(status.form(SharingSteps.STATUS_FORM).submit("sls-ok"));

            ComplianceApprovalTest.Answer approved = officer.call("POST", "/" + REALM + "/sls/sharing/requests/"
                    + requester.user().id() + "/approve", null);
            assertEquals(200, approved.status(), approved.body());

            // Node B sees the approval at once: the shared device logs in there.
            Page shared = CodeCardSteps.password(cluster.node(1), new Browser(), requester.user().username(),
                    requester.user().password());
            assertTrue(shared.has(SharingSteps.SHARED_LOGIN_FORM), shared::describe);
            Tokens tokens = OidcLogin.finish(SharingSteps.answerWithCard(shared, SharingSteps.SHARED_LOGIN_FORM,
                    owner.card(), "kc-login"));
            assertEquals(requester.user().username(), tokens.idClaims().path("preferred_username").asText());
            assertTrue(tokens.idClaims().path("sls_device_shared").asBoolean(), tokens.idClaims()::toString);
            assertEquals("sls-dsc-plus", tokens.idClaims().path("sls_device").path("type").asText());

            // Cancelled on B's settings page...
            Page settings = SettingsSharingTest.openWithSharedDevice(cluster.node(1), new Browser(), requester,
                    owner, Map.of());
            Page done = settings.form("#sls-settings-form").submit("sls-cancel-sharing").form("#sls-settings-form")
                    .submit("sls-settings-confirm-yes");
            assertEquals("none", done.document().selectFirst("#sls-sharing-section").attr("data-state"),
                    done::describe);

            // ...and gone on A.
            SharingSteps.assertNoShareState(onA, requester.user().id());
            Page own = CodeCardSteps.password(cluster.node(0), new Browser(), requester.user().username(),
                    requester.user().password());
            assertTrue(own.has(CodeCardSteps.LOGIN_FORM), "the own card is active again on A: " + own.describe());
            assertTrue(SettingsSharingTest.events(SettingsSharingTest.history(onA, owner.user().id()))
                    .contains("unshared"), "the owner's history, read on A");
            assertTrue(onB.get("/" + REALM + "/users/" + requester.user().id()).path("attributes")
                    .path("slsShare").isMissingNode());
        } finally {
            SharingSteps.requireApproval(onA, previous);
        }
    }
}
