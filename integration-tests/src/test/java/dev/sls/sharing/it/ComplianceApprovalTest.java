package dev.sls.sharing.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sls.codecard.it.CodeCardSteps;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.KeycloakExtension;
import dev.sls.testkit.browser.Browser;
import dev.sls.testkit.browser.OidcLogin;
import dev.sls.testkit.browser.Page;
import dev.sls.testkit.server.KeycloakServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A realm that requires compliance approval: the request stays pending (the requester keeps their own devices) until
 * an officer holding {@code sls-compliance} approves it or rejects it with a reason, through the admin API.
 */
@ExtendWith(KeycloakExtension.class)
class ComplianceApprovalTest {

    private static final String REALM = SharingSteps.REALM;
    private static final String AREA = "/" + REALM + "/sls/sharing/requests";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aPendingRequestIsApprovedByComplianceThenTheSharedDeviceLogsIn(KeycloakServer server, AdminClient admin) {
        String previous = SharingSteps.requireApproval(admin, "true");
        try (Officer officer = Officer.holding(server, admin, "sls-compliance")) {
            SharingSteps.CardOwner owner = SharingSteps.dscPlusOwner(server, admin, SharingSteps.CAROLS_DATA);
            SharingSteps.CodeCardHolder requester = SharingSteps.codeCardHolder(server, admin, "share-pending",
                    SharingSteps.CAROLS_DATA);
            Page status = SharingSteps.share(server, new Browser(), requester, owner);
            assertEquals("pending", SharingSteps.state(status));
            assertTrue(status.text().contains("Compliance"), status::describe);
            OidcLogin.finish(status.form(SharingSteps.STATUS_FORM).submit("sls-ok"));

            Page stillOwn = CodeCardSteps.password(server, new Browser(), requester.user().username(),
                    requester.user().password());
            assertTrue(stillOwn.has(CodeCardSteps.LOGIN_FORM), "pending: the own card still logs in: "
                    + stillOwn.describe());

            JsonNode pending = officer.call("GET", AREA + "?state=pending&max=100", null).json();
            boolean listed = false;
            for (JsonNode request : pending.path("requests")) {
                listed |= request.path("requesterId").asText().equals(requester.user().id());
            }
            assertTrue(listed, pending::toString);
            assertFalse(pending.toString().contains("slsId") || pending.toString().contains("48213"),
                    "no identification data: " + pending);

            Answer approved = officer.call("POST", AREA + "/" + requester.user().id() + "/approve", null);
            assertEquals(200, approved.status(), approved.body());
            assertEquals("approved", approved.json().path("state").asText());
            assertEquals(owner.user().id(), approved.json().path("ownerId").asText());
            Answer again = officer.call("POST", AREA + "/" + requester.user().id() + "/approve", null);
            assertEquals(409, again.status(), again.body());
            assertEquals("share_not_pending", again.json().path("error").asText());

            Page shared = CodeCardSteps.password(server, new Browser(), requester.user().username(),
                    requester.user().password());
            assertTrue(shared.has(SharingSteps.SHARED_LOGIN_FORM), shared::describe);
            OidcLogin.finish(SharingSteps.answerWithCard(shared, SharingSteps.SHARED_LOGIN_FORM, owner.card(),
                    "kc-login"));
            JsonNode events = admin.get("/" + REALM + "/admin-events?operationTypes=UPDATE&max=500");
            assertTrue(events.toString().contains("sharing/requests/" + requester.user().id() + "/approve"),
                    events::toString);
        } finally {
            SharingSteps.requireApproval(admin, previous);
        }
    }

    @Test
    void complianceRejectsWithAReasonAndOnlyCompliancePeopleMayDecide(KeycloakServer server, AdminClient admin) {
        String previous = SharingSteps.requireApproval(admin, "true");
        try (Officer officer = Officer.holding(server, admin, "sls-compliance");
             Officer helpdesk = Officer.holding(server, admin, "sls-helpdesk")) {
            SharingSteps.CardOwner owner = SharingSteps.dscPlusOwner(server, admin, SharingSteps.CAROLS_DATA);
            SharingSteps.CodeCardHolder requester = SharingSteps.codeCardHolder(server, admin, "share-reject",
                    SharingSteps.CAROLS_DATA);
            Page status = SharingSteps.share(server, new Browser(), requester, owner);
            assertEquals("pending", SharingSteps.state(status));

            Answer notAllowed = helpdesk.call("POST", AREA + "/" + requester.user().id() + "/approve", null);
            assertEquals(403, notAllowed.status(), notAllowed.body());
            assertEquals("area_role_required", notAllowed.json().path("error").asText());
            Answer noReason = officer.call("POST", AREA + "/" + requester.user().id() + "/reject", "{}");
            assertEquals(400, noReason.status(), noReason.body());
            Answer unknownField = officer.call("POST", AREA + "/" + requester.user().id() + "/reject",
                    "{\"reason\":\"x\",\"approve\":true}");
            assertEquals(400, unknownField.status(), unknownField.body());
            assertEquals("pending", officer.call("GET", AREA + "/" + requester.user().id(), null).json()
                    .path("state").asText(), "refusals change nothing");

            Answer rejected = officer.call("POST", AREA + "/" + requester.user().id() + "/reject",
                    "{\"reason\":\"Accounts belong to different entities\"}");
            assertEquals(200, rejected.status(), rejected.body());
            assertEquals("rejected", rejected.json().path("state").asText());
            assertEquals("Accounts belong to different entities", rejected.json().path("reason").asText());
            assertEquals(0, SharingSteps.countOf(admin.credentials(REALM, requester.user().id()),
                    "sls-shared-device"));
            Page own = CodeCardSteps.password(server, new Browser(), requester.user().username(),
                    requester.user().password());
            assertTrue(own.has(CodeCardSteps.LOGIN_FORM), own::describe);
        } finally {
            SharingSteps.requireApproval(admin, previous);
        }
    }

    record Answer(int status, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A confidential client of the realm whose service account holds one realm role, removed afterwards. */
    record Officer(KeycloakServer server, AdminClient admin, String clientUuid, String token) implements AutoCloseable {

        static Officer holding(KeycloakServer server, AdminClient admin, String role) {
            String clientId = "share-officer-" + UUID.randomUUID().toString().substring(0, 8);
            AdminClient.Response created = admin.send("POST", "/" + REALM + "/clients", AdminClient.object()
                    .put("clientId", clientId).put("publicClient", false).put("serviceAccountsEnabled", true)
                    .put("standardFlowEnabled", false).put("directAccessGrantsEnabled", false));
            assertEquals(201, created.status(), created.body());
            String uuid = created.location().substring(created.location().lastIndexOf('/') + 1);
            String secret = admin.get("/" + REALM + "/clients/" + uuid + "/client-secret").path("value").asText();
            String account = admin.get("/" + REALM + "/clients/" + uuid + "/service-account-user").path("id")
                    .asText();
            admin.post("/" + REALM + "/users/" + account + "/role-mappings/realm",
                    List.of(admin.get("/" + REALM + "/roles/" + role)));
            Answer token = send(HttpRequest.newBuilder(URI.create(server.realmUrl(REALM)
                            + "/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=" + clientId
                            + "&client_secret=" + secret)));
            assertEquals(200, token.status(), token.body());
            return new Officer(server, admin, uuid, token.json().path("access_token").asText());
        }

        Answer call(String method, String path, String body) {
            return send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/admin/realms" + path))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body)));
        }

        @Override
        public void close() {
            admin.delete("/" + REALM + "/clients/" + clientUuid);
        }

        private static Answer send(HttpRequest.Builder request) {
            try {
                HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
                return new Answer(response.statusCode(), response.body());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
