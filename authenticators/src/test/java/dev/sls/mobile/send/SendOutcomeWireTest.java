package dev.sls.mobile.send;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sls.wait.WatchState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A send's outcome travels as a watch's state word and comes back as the same outcome. */
class SendOutcomeWireTest {

    @ParameterizedTest
    @EnumSource(value = SendOutcome.class, names = "SENDING", mode = EnumSource.Mode.EXCLUDE)
    void everySettledOutcomeIsAWatchStateAndReadsBack(SendOutcome outcome) {
        WatchState state = WatchState.settled(outcome.wire());
        assertEquals(outcome, SendOutcome.fromWire(state.wire()));
    }

    @Test
    void anUnknownWordMeansTheCodeMayStillCome() {
        assertEquals(SendOutcome.PENDING, SendOutcome.fromWire("something-else"));
        assertTrue(SendOutcome.SENDING.delivered(), "a send in flight is not a failure");
    }
}
