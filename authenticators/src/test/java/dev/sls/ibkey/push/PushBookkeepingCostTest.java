package dev.sls.ibkey.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sls.core.store.FakeSession;
import dev.sls.ibkey.protocol.api.MatchMode;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * An approved push costs the store the same few calls whatever the limits' sizes: nothing scans the slots of the
 * per-user window or the unanswered count.
 */
class PushBookkeepingCostTest {

    @Test
    void approvingAPushCostsTheSameWhateverTheLimits() {
        assertEquals(approvalCost(new PushPolicy(3, 300, 6, 900, 10, 30)),
                approvalCost(new PushPolicy(50, 300, 1000, 900, 10, 1000)));
        assertTrue(approvalCost(new PushPolicy(50, 300, 1000, 900, 10, 1000)) <= 4,
                "one lookup of the unanswered marker, the last push taken back, its window slot given back");
    }

    @Test
    void theWindowSlotAPushTookIsTheOneGivenBack() {
        FakeSession fake = new FakeSession();
        PushPolicy policy = new PushPolicy(3, 300, 2, 900, 10, 30);
        PushLimits limits = new PushLimits(fake.session());
        assertEquals(Optional.empty(), limits.tryPush("u", "10.0.0.1", policy));
        fake.commit();
        limits.recordApproved("u", policy);
        fake.commit();
        assertEquals(Optional.empty(), limits.tryPush("u", "10.0.0.1", policy));
        fake.commit();
        assertEquals(Optional.empty(), limits.tryPush("u", "10.0.0.1", policy), "two places in the window again");
    }

    @Test
    void aRestartedLoginFindsItsOwnPushByOneLookup() {
        FakeSession fake = new FakeSession();
        PushChallenges challenges = new PushChallenges(fake.session());
        PushChallenge mine = challenges.create(new PushRequest("r", "u", "u.c", "app", "App", "10.0.0.1", null, null,
                "login-1"), 90, 3, MatchMode.CODE).orElseThrow();
        challenges.create(new PushRequest("r", "u", "u.c", "app", "App", "10.0.0.1", null, null, "login-2"), 90, 3,
                MatchMode.CODE).orElseThrow();
        fake.commit();
        assertEquals(mine.id(), challenges.openForLogin("login-1", "u.c").orElseThrow().id());
        assertTrue(challenges.openForLogin("login-1", "other.c").isEmpty(), "another phone's handle finds nothing");
        challenges.cancel(mine);
        assertTrue(challenges.openForLogin("login-1", "u.c").isEmpty(), "a cancelled push is not open");
    }

    private static int approvalCost(PushPolicy policy) {
        FakeSession fake = new FakeSession();
        PushLimits limits = new PushLimits(fake.session());
        assertEquals(Optional.empty(), limits.tryPush("user", "10.0.0.1", policy));
        fake.commit();
        int before = fake.store().calls();
        limits.forgetUnanswered("user", policy);
        limits.recordApproved("user", policy);
        return fake.store().calls() - before;
    }
}
