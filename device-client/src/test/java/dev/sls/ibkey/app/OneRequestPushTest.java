package dev.sls.ibkey.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sls.ibkey.protocol.IbKeyMessages;
import dev.sls.ibkey.protocol.api.ChallengeContext;
import dev.sls.ibkey.protocol.api.DecisionRequest;
import dev.sls.ibkey.protocol.api.DecisionStatus;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The push carries the request: the app shows it and answers with one signed request that binds all of it. */
class OneRequestPushTest {

    private final StubIbKeyServer server = new StubIbKeyServer("demo");
    private final IbKeyApp app = IbKeyApp.install("Pixel 8", "cli");
    private final IbKeyUser alice = app.activateWithCode(server.url(), "demo", server.newCode("alice"), "k7#q");

    OneRequestPushTest() throws Exception {
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aWebhookPushIsApprovedWithOneSignedRequestBindingWhatWasShown() throws Exception {
        String id = server.addChallenge(alice.deviceHandle(), List.of(12, 47, 85), 47, "EUR 250.00");
        ChallengeContext shown = context(id, List.of(12, 47, 85), "EUR 250.00");
        int before = server.requests.size();

        ChallengeContext received = app.receivePush(webhook(shown));
        assertEquals(shown, received);
        assertEquals(DecisionStatus.APPROVED.wire(), app.approve(alice, id, "47").status());

        assertEquals(1, server.requests.size() - before, "one request: the decision, nothing listed or read");
        DecisionRequest sent = Json.MAPPER.readValue(server.last().body(), DecisionRequest.class);
        assertEquals(IbKeyMessages.shown(shown), sent.shown());
        assertEquals("EUR 250.00", sent.amount());
    }

    @Test
    void fcmAndApnsPayloadsCarryTheSameRequest() throws Exception {
        ChallengeContext shown = context("ch-9", List.of(), null);
        String asJson = Json.MAPPER.writeValueAsString(shown);
        ObjectNode fcm = Json.MAPPER.createObjectNode();
        ObjectNode data = fcm.putObject("message").putObject("data");
        data.put("type", PushPayload.TYPE).put("realm", "demo").put("challengeId", "ch-9").put("request", asJson);
        assertEquals(shown, app.receivePush(fcm.toString()));
        assertEquals(shown, app.receivePush(data.toString()), "the data map as the app receives it");
        ObjectNode apns = (ObjectNode) Json.MAPPER.readTree(webhook(shown));
        apns.putObject("aps").putObject("alert").put("title", "Login request");
        assertEquals(shown, app.receivePush(apns.toString()));
    }

    @Test
    void aNotificationWithoutTheRequestOrForAnotherChallengeIsRefused() throws Exception {
        ChallengeContext shown = context("ch-9", List.of(), null);
        ObjectNode other = (ObjectNode) Json.MAPPER.readTree(webhook(shown));
        other.put("challengeId", "ch-10");
        assertThrows(IllegalArgumentException.class, () -> app.receivePush(other.toString()));
        other.remove("request");
        assertThrows(IllegalArgumentException.class, () -> app.receivePush(other.toString()));
        assertThrows(IllegalArgumentException.class, () -> app.receivePush("{\"type\":\"something-else\"}"));
        assertThrows(IllegalArgumentException.class, () -> app.receivePush("not json"));
    }

    @Test
    void aChallengeNeverSeenIsReadFirstAndOldServersListingsStillWork() {
        String id = server.addChallenge(alice.deviceHandle(), List.of(), null, null);
        assertNull(app.pending(alice).challenges().get(0).context(), "the stub lists as servers before the context");
        int before = server.requests.size();
        assertEquals(DecisionStatus.APPROVED.wire(), app.approve(alice, id, null).status());
        assertEquals(List.of("GET", "POST"), server.requests.stream().skip(before).map(r -> r.method()).toList());
    }

    @Test
    void theShownDigestChangesWithEveryFieldShown() {
        ChallengeContext shown = context("ch-9", List.of(12, 47), "EUR 1.00");
        String digest = IbKeyMessages.shown(shown);
        assertTrue(digest.matches("[A-Za-z0-9_-]{43}"));
        assertTrue(!digest.equals(IbKeyMessages.shown(new ChallengeContext("ch-9", "demo", "alice", "demo-app",
                "Demo bank", "203.0.113.8", 1, 91, "number", List.of(12, 47), "EUR 1.00", null))), "address");
        assertTrue(!digest.equals(IbKeyMessages.shown(new ChallengeContext("ch-9", "demo", "alice", "demo-app",
                "Evil bank", "203.0.113.7", 1, 91, "number", List.of(12, 47), "EUR 1.00", null))), "client");
        assertTrue(!digest.equals(IbKeyMessages.shown(new ChallengeContext("ch-10", "demo", "alice", "demo-app",
                "Demo bank", "203.0.113.7", 1, 91, "number", List.of(12, 47), "EUR 1.00", null))), "challenge");
    }

    private ChallengeContext context(String id, List<Integer> choices, String amount) {
        return new ChallengeContext(id, "demo", "alice", "demo-app", "Demo bank", "203.0.113.7", 1, 91,
                choices.isEmpty() ? "none" : "number", choices, amount, null);
    }

    private static String webhook(ChallengeContext shown) throws Exception {
        ObjectNode json = Json.MAPPER.createObjectNode();
        json.put("type", PushPayload.TYPE).put("realm", shown.realm()).put("challengeId", shown.challengeId());
        json.put("title", "Login request").put("body", "Tap to review the login to Demo bank.");
        json.set("request", Json.MAPPER.valueToTree(shown));
        return json.toString();
    }
}
