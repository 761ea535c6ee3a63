package dev.sls.ibkey.push;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sls.wait.WatchIds;
import java.util.List;
import org.junit.jupiter.api.Test;

class PushChallengeTest {

    @Test
    void roundTripsThroughSingleUseNotes() {
        PushChallenge challenge = new PushChallenge(WatchIds.random(), "realm", "user", "user.cred", "app",
                "My App", "10.0.0.1", 100, 220, 42, List.of(17, 42, 88), "250 USD", 2, "root.tab");
        assertEquals(challenge, PushChallenge.fromNotes(challenge.id(), challenge.toNotes()));

        PushChallenge plain = new PushChallenge(WatchIds.random(), "realm", "user", "user.cred", "app", "app",
                "10.0.0.1", 100, 220, null, List.of(), null, 0, "root.tab");
        assertEquals(plain, PushChallenge.fromNotes(plain.id(), plain.toNotes()));
    }
}
