package dev.sls.ibkey.push;

import dev.sls.ibkey.protocol.api.DecisionStatus;
import dev.sls.ibkey.protocol.api.IbKeyErrorCode;
import dev.sls.rest.ApiException;
import dev.sls.wait.WatchIds;
import dev.sls.wait.WatchState;
import dev.sls.wait.Watches;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.SingleUseObjectProvider;

/**
 * Push challenges in the cluster-wide single-use store. A user's phone has a fixed number of slots, claimed with an
 * atomic putIfAbsent: that caps pending pushes per user (push bombing) and lets the phone list what waits for it.
 * A decision is claimed the same way, so two concurrent approvals give exactly one success.
 */
public final class PushChallenges {

    /** Upper bound of the per-user pending limit; also how many slots the phone's listing reads. */
    public static final int MAX_SLOTS = 10;

    private static final String CHALLENGE = "sls.ibkey.challenge.";
    private static final String SLOT = "sls.ibkey.slot.";
    private static final String SLOT_CHALLENGE = "sls.ibkey.slot-challenge.";
    private static final String DECIDED = "sls.ibkey.decided.";
    private static final String CANCELLED = "sls.ibkey.cancelled.";
    /** What the login's own watch is settled with when its push is cancelled. */
    public static final WatchState CANCELLED_STATE = WatchState.settled("cancelled");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final KeycloakSession session;

    public PushChallenges(KeycloakSession session) {
        this.session = session;
    }

    /** Empty when the user already has {@code maxPending} pushes waiting. */
    public Optional<PushChallenge> create(PushRequest request, int ttlSeconds, int maxPending, boolean numberMatching) {
        int limit = Math.min(maxPending, MAX_SLOTS);
        for (int slot = 0; slot < limit; slot++) {
            if (store().putIfAbsent(SLOT + request.deviceHandle() + "." + slot, ttlSeconds)) {
                return Optional.of(store(request, slot, ttlSeconds, numberMatching));
            }
        }
        return Optional.empty();
    }

    private PushChallenge store(PushRequest request, int slot, int ttlSeconds, boolean numberMatching) {
        long now = Time.currentTime();
        Integer number = numberMatching ? 10 + RANDOM.nextInt(90) : null;
        PushChallenge challenge = new PushChallenge(WatchIds.random(), request.realmId(), request.userId(),
                request.deviceHandle(), request.clientId(), request.clientName(), request.ipAddress(), now,
                now + ttlSeconds, number, numberMatching ? choicesAround(number) : List.of(), request.amount(), slot,
                request.loginRef());
        // Kept a minute past its expiry so a late phone hears "expired" and the login can count it as unanswered.
        store().put(CHALLENGE + challenge.id(), ttlSeconds + 60L, challenge.toNotes());
        store().put(SLOT_CHALLENGE + request.deviceHandle() + "." + slot, ttlSeconds,
                Map.of("challengeId", challenge.id()));
        new Watches(session).open(challenge.id(), ttlSeconds + 60L);
        return challenge;
    }

    private static List<Integer> choicesAround(int number) {
        List<Integer> choices = new ArrayList<>(List.of(number));
        while (choices.size() < 3) {
            int decoy = 10 + RANDOM.nextInt(90);
            if (!choices.contains(decoy)) {
                choices.add(decoy);
            }
        }
        Collections.shuffle(choices, RANDOM);
        return List.copyOf(choices);
    }

    public Optional<PushChallenge> find(String challengeId) {
        if (!WatchIds.looksValid(challengeId)) {
            return Optional.empty();
        }
        return Optional.ofNullable(store().get(CHALLENGE + challengeId))
                .map(notes -> PushChallenge.fromNotes(challengeId, notes));
    }

    public boolean isDecided(String challengeId) {
        return store().contains(DECIDED + challengeId);
    }

    /** The undecided, unexpired challenges sent to this phone, oldest first. */
    public List<PushChallenge> pendingFor(String deviceHandle) {
        List<PushChallenge> pending = new ArrayList<>();
        long now = Time.currentTime();
        for (int slot = 0; slot < MAX_SLOTS; slot++) {
            Map<String, String> notes = store().get(SLOT_CHALLENGE + deviceHandle + "." + slot);
            if (notes != null) {
                find(notes.get("challengeId"))
                        .filter(c -> c.deviceHandle().equals(deviceHandle) && c.expiresAt() > now && !isDecided(c.id()))
                        .ifPresent(pending::add);
            }
        }
        pending.sort((a, b) -> Long.compare(a.createdAt(), b.createdAt()));
        return pending;
    }

    /** Refuses a challenge the phone may no longer decide, saying truly why. */
    public void requireOpen(PushChallenge challenge) {
        if (store().contains(CANCELLED + challenge.id())) {
            throw new ApiException(IbKeyErrorCode.CHALLENGE_CANCELLED,
                    "This login request is no longer waiting: the login went on another way or was restarted.");
        }
        if (isDecided(challenge.id())) {
            throw new ApiException(IbKeyErrorCode.CHALLENGE_ALREADY_DECIDED,
                    "This login request has already been answered.");
        }
        if (challenge.expiresAt() <= Time.currentTime()) {
            throw new ApiException(IbKeyErrorCode.CHALLENGE_EXPIRED, "This login request has expired.");
        }
    }

    /** Records the one decision this challenge gets and tells the waiting browser. */
    public void decide(PushChallenge challenge, DecisionStatus outcome) {
        if (!claim(challenge)) {
            requireOpen(challenge);
            throw new ApiException(IbKeyErrorCode.CHALLENGE_ALREADY_DECIDED,
                    "This login request has already been answered.");
        }
        release(challenge);
        new Watches(session).settle(challenge.id(), WatchState.settled(outcome.wire()));
    }

    /**
     * Kills a challenge nobody may approve any more: its login asked for another push, switched to challenge/response
     * or finished. False when the phone had decided it already.
     */
    public boolean cancel(PushChallenge challenge) {
        // The marker goes first, so a phone that loses the race to this cancel is told why.
        store().put(CANCELLED + challenge.id(), lifespan(challenge), Map.of());
        if (!claim(challenge)) {
            store().remove(CANCELLED + challenge.id());
            return false;
        }
        release(challenge);
        new Watches(session).settle(challenge.id(), CANCELLED_STATE);
        return true;
    }

    private boolean claim(PushChallenge challenge) {
        return store().putIfAbsent(DECIDED + challenge.id(), lifespan(challenge));
    }

    private static long lifespan(PushChallenge challenge) {
        return Math.max(1, challenge.expiresAt() - Time.currentTime()) + 60;
    }

    /** Frees the challenge's slot (decided, abandoned or replaced by a resend). */
    public void release(PushChallenge challenge) {
        store().remove(SLOT_CHALLENGE + challenge.deviceHandle() + "." + challenge.slot());
        store().remove(SLOT + challenge.deviceHandle() + "." + challenge.slot());
    }

    private SingleUseObjectProvider store() {
        return session.singleUseObjects();
    }
}
