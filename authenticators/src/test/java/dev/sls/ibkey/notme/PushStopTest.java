package dev.sls.ibkey.notme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sls.core.store.FakeSession;
import dev.sls.ibkey.login.IbKeyLoginConfig;
import dev.sls.ibkey.push.PushLimits;
import dev.sls.ibkey.push.PushPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.keycloak.common.util.Time;

class PushStopTest {

    private final FakeSession fake = new FakeSession();
    private final PushPolicy policy = IbKeyLoginConfig.from(null).policy();

    @AfterEach
    void resetClock() {
        Time.setOffset(0);
    }

    @Test
    void aStoppedPersonGetsNoPushUntilTheTimeIsUpAndNothingIsLeftAfter() {
        Instant until = new PushStop(fake.session()).stop("alice", 1200);
        fake.commit();
        Optional<PushLimits.Refusal> refused = new PushLimits(fake.session()).tryPush("alice", "10.0.0.1", policy);
        assertEquals(PushLimits.Reason.STOPPED_NOT_ME, refused.orElseThrow().reason());
        assertEquals(Duration.ofSeconds(1200), refused.get().retryAfter());
        assertEquals(Optional.of(until), new PushStop(fake.session()).stoppedUntil("alice"));
        assertTrue(new PushLimits(fake.session()).tryPush("bob", "10.0.0.1", policy).isEmpty(), "others unaffected");

        Time.setOffset(1201);
        assertEquals(Optional.empty(), new PushStop(fake.session()).stoppedUntil("alice"));
        assertTrue(new PushLimits(fake.session()).tryPush("alice", "10.0.0.1", policy).isEmpty());
        assertTrue(fake.store().live().keySet().stream().noneMatch(key -> key.contains("not-me-stop")),
                fake.store().live()::toString);
    }

    @Test
    void aSecondReportStartsTheStopAgain() {
        new PushStop(fake.session()).stop("alice", 600);
        fake.commit();
        Time.setOffset(500);
        Instant later = new PushStop(fake.session()).stop("alice", 600);
        fake.commit();
        Time.setOffset(700);
        assertEquals(Optional.of(later), new PushStop(fake.session()).stoppedUntil("alice"));
    }
}
