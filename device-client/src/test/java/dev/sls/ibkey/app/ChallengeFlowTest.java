package dev.sls.ibkey.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sls.ibkey.protocol.api.ChallengeContext;
import dev.sls.ibkey.protocol.api.DecisionRequest;
import dev.sls.ibkey.protocol.api.DecisionStatus;
import dev.sls.ibkey.protocol.api.IbKeyErrorCode;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ChallengeFlowTest {

    private final StubIbKeyServer server = new StubIbKeyServer("demo");
    private final IbKeyApp app = IbKeyApp.install("Pixel 8", "cli");
    private final IbKeyUser alice = app.activateWithCode(server.url(), "demo", server.newCode("alice"), "k7#q");

    ChallengeFlowTest() throws Exception {
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void pendingAndReadSendSignedHeadersOnEncodedPaths() {
        String id = server.addChallenge(alice.deviceHandle(), List.of(12, 47, 85), 47, null);
        assertEquals(List.of(id), app.pending(alice).challenges().stream().map(c -> c.challengeId()).toList());
        StubIbKeyServer.Recorded list = server.last();
        assertEquals("/realms/demo/sls/ibkey/devices/cred%2Falice%2F0/challenges", list.rawPath());
        assertTrue(StubIbKeyServer.headerNames(list).containsAll(List.of("sls-device-time", "sls-device-nonce",
                "sls-device-signature")));
        ChallengeContext context = app.read(alice, id);
        assertEquals(List.of(12, 47, 85), context.numberChoices());
        assertEquals("/realms/demo/sls/ibkey/devices/cred%2Falice%2F0/challenges/ch%201%2Fx", server.last().rawPath());
    }

    @Test
    void approveWithTheRightNumberAndTheDisplayedAmount() {
        String id = server.addChallenge(alice.deviceHandle(), List.of(12, 47, 85), 47, "EUR 250.00");
        assertEquals(DecisionStatus.APPROVED.wire(), app.approve(alice, id, "47").status());
        assertTrue(app.pending(alice).challenges().isEmpty());
    }

    @Test
    void wrongNumberAmongTheChoicesIsAMismatchAndOthersAreRefusedLocally() {
        String id = server.addChallenge(alice.deviceHandle(), List.of(12, 47, 85), 47, null);
        int requests = server.requests.size();
        assertThrows(IllegalArgumentException.class, () -> app.approve(alice, id, null));
        assertThrows(IllegalArgumentException.class, () -> app.approve(alice, id, "99"));
        assertTrue(server.requests.stream().skip(requests).noneMatch(r -> r.method().equals("POST")));
        assertEquals(DecisionStatus.NUMBER_MISMATCH.wire(), app.approve(alice, id, "12").status());
    }

    @Test
    void denySignsTheDisplayedAmountToo() {
        String id = server.addChallenge(alice.deviceHandle(), List.of(), null, "EUR 9,999.00");
        assertEquals(DecisionStatus.DENIED.wire(), app.deny(alice, id).status());
        DeviceApiException again = assertThrows(DeviceApiException.class, () -> app.deny(alice, id));
        assertEquals(IbKeyErrorCode.CHALLENGE_ALREADY_DECIDED, again.code().orElseThrow());
    }

    @Test
    void approveWithoutNumberMatchingSendsNoNumber() {
        String id = server.addChallenge(alice.deviceHandle(), List.of(), null, null);
        assertEquals(DecisionStatus.APPROVED.wire(), app.approve(alice, id, "5").status());
        assertTrue(server.last().body().contains("\"number\":null"), server.last().body());
    }

    @Test
    void lowLevelClientSendsTamperedAndReplayedRequestsAsTheyAre() {
        String id = server.addChallenge(alice.deviceHandle(), List.of(), null, "EUR 10.00");
        DecisionRequest wrongAmount = app.signDecision(alice, id, "approve", null, null, "EUR 1.00");
        DeviceApiException otherAmount = assertThrows(DeviceApiException.class,
                () -> app.apiClient().sendDecision(alice, id, wrongAmount));
        assertEquals(IbKeyErrorCode.AMOUNT_MISMATCH, otherAmount.code().orElseThrow());
        DecisionRequest signed = app.signDecision(alice, id, "approve", null, null, "EUR 10.00");
        DecisionRequest tampered = new DecisionRequest(signed.decision(), null, null, "EUR 1.00", signed.nonce(),
                signed.time(), signed.signature());
        DeviceApiException bad = assertThrows(DeviceApiException.class,
                () -> app.apiClient().sendDecision(alice, id, tampered));
        assertEquals(IbKeyErrorCode.BAD_SIGNATURE, bad.code().orElseThrow());
        assertEquals(401, bad.status());

        SignedHeaders headers = app.signListChallenges(alice);
        app.apiClient().listChallenges(alice, headers);
        DeviceApiException replay = assertThrows(DeviceApiException.class,
                () -> app.apiClient().listChallenges(alice, headers));
        assertEquals(IbKeyErrorCode.REPLAYED_REQUEST, replay.code().orElseThrow());

        DecisionRequest good = app.signDecision(alice, id, "approve", null, null, "EUR 10.00");
        assertEquals(DecisionStatus.APPROVED.wire(), app.apiClient().sendDecision(alice, id, good).status());
    }

    @Test
    void phoneClockOffIsRefusedAsStale() {
        app.setClock(Clock.offset(Clock.systemUTC(), Duration.ofHours(-2)));
        DeviceApiException stale = assertThrows(DeviceApiException.class, () -> app.pending(alice));
        assertEquals(IbKeyErrorCode.STALE_REQUEST, stale.code().orElseThrow());
    }

    @Test
    void inCodeModeThePhoneSendsTheCodeTypedFromTheLoginPage() {
        String id = server.addCodeChallenge(alice.deviceHandle(), "402913");
        assertEquals("code", app.read(alice, id).matchMode());
        assertThrows(IllegalArgumentException.class, () -> app.approve(alice, id, " "));
        assertEquals(DecisionStatus.CODE_MISMATCH.wire(), app.approve(alice, id, "402 914").status());
        String next = server.addCodeChallenge(alice.deviceHandle(), "402913");
        assertEquals(DecisionStatus.APPROVED.wire(), app.approve(alice, next, "402 913").status());
        assertTrue(server.last().body().contains("\"code\":\"402913\""), server.last().body());
    }
}
