package dev.sls.ibkey.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sls.ibkey.protocol.api.DecisionRequest;
import dev.sls.ibkey.protocol.api.DecisionStatus;
import dev.sls.ibkey.protocol.api.MatchMode;
import dev.sls.wait.WatchIds;
import java.util.List;
import org.junit.jupiter.api.Test;

class PushChallengeTest {

    private static final PushRequest REQUEST = new PushRequest("realm", "user", "user.cred", "app", "My App",
            "10.0.0.1", "USD 250.00", "ACME Brokerage 1234", "root.tab");

    @Test
    void roundTripsThroughSingleUseNotes() {
        for (MatchMode mode : MatchMode.values()) {
            PushChallenge challenge = new PushChallenge(WatchIds.random(), WatchIds.random(), REQUEST, 100, 220,
                    PushMatch.draw(mode), 2);
            assertEquals(challenge, PushChallenge.fromNotes(challenge.id(), challenge.toNotes()));
        }
    }

    @Test
    void eachModeDrawsWhatThePersonMatches() {
        PushMatch code = PushMatch.draw(MatchMode.CODE);
        assertTrue(code.code().matches("\\d{6}"), code.code());
        assertNull(code.number());
        PushMatch number = PushMatch.draw(MatchMode.NUMBER);
        assertNotNull(number.number());
        assertEquals(3, number.choices().size());
        assertTrue(number.choices().contains(number.number()));
    }

    @Test
    void theTypedCodeDecides() {
        PushMatch match = new PushMatch(MatchMode.CODE, "402913", null, List.of());
        assertEquals(DecisionStatus.APPROVED, match.judge(approve(null, "402 913")));
        assertEquals(DecisionStatus.CODE_MISMATCH, match.judge(approve(null, "402914")));
        assertEquals(DecisionStatus.CODE_MISMATCH, match.judge(approve(402913, "40291")));
        assertEquals(DecisionStatus.DENIED, match.judge(new DecisionRequest("deny", null, null, null, "n", 0, "s")));
    }

    @Test
    void thePickedNumberDecides() {
        PushMatch match = new PushMatch(MatchMode.NUMBER, null, 47, List.of(12, 47, 85));
        assertEquals(DecisionStatus.APPROVED, match.judge(approve(47, null)));
        assertEquals(DecisionStatus.NUMBER_MISMATCH, match.judge(approve(12, null)));
    }

    private static DecisionRequest approve(Integer number, String code) {
        return new DecisionRequest("approve", number, code, null, "nonce", 0, "sig");
    }
}
