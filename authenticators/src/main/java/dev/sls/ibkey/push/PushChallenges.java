package dev.sls.ibkey.push;

import dev.sls.ibkey.protocol.api.DecisionStatus;
import dev.sls.ibkey.protocol.api.IbKeyErrorCode;
import dev.sls.ibkey.protocol.api.MatchMode;
import dev.sls.rest.ApiException;
import dev.sls.wait.WatchIds;
import dev.sls.wait.WatchState;
import dev.sls.wait.Watches;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.SingleUseObjectProvider;

/**
 * Push challenges in the cluster-wide single-use store. A phone has a fixed number of slots, claimed with an atomic
 * putIfAbsent: that caps pushes pending at once per user and lets the phone list what waits for it. A challenge ends
 * once, claimed the same way: decided by the phone, or cancelled by its login (another notification, challenge/
 * response, a restart). Every entry expires a minute after the challenge.
 */
public final class PushChallenges {

    /** Upper bound of the per-user pending limit; also how many slots the phone's listing reads. */
    public static final int MAX_SLOTS = 10;
    /** What the login's own watch is settled with when its push is cancelled. */
    public static final WatchState CANCELLED_STATE = WatchState.settled("cancelled");

    private static final String CHALLENGE = "sls.ibkey.challenge.";
    private static final String SLOT = "sls.ibkey.slot.";
    private static final String SLOT_CHALLENGE = "sls.ibkey.slot-challenge.";
    private static final String ENDED = "sls.ibkey.ended.";
    private static final String CANCELLED = "sls.ibkey.cancelled.";
    /** The latest push of a login (authentication session and tab): a restarted login finds it in one lookup. */
    private static final String OF_LOGIN = "sls.ibkey.login-push.";
    /** A late phone still hears "expired", and the login can count the push as unanswered. */
    private static final long KEPT_AFTER_EXPIRY = 60;

    private final KeycloakSession session;

    public PushChallenges(KeycloakSession session) {
        this.session = session;
    }

    /** Empty when the user already has {@code maxPending} pushes waiting. */
    public Optional<PushChallenge> create(PushRequest request, int ttlSeconds, int maxPending, MatchMode mode) {
        int limit = Math.min(maxPending, MAX_SLOTS);
        for (int slot = 0; slot < limit; slot++) {
            if (store().putIfAbsent(SLOT + request.deviceHandle() + "." + slot, ttlSeconds)) {
                return Optional.of(store(request, slot, ttlSeconds, mode));
            }
        }
        return Optional.empty();
    }

    private PushChallenge store(PushRequest request, int slot, int ttlSeconds, MatchMode mode) {
        long now = Time.currentTime();
        PushChallenge challenge = new PushChallenge(WatchIds.random(), WatchIds.random(), request, now,
                now + ttlSeconds, PushMatch.draw(mode), slot);
        long kept = ttlSeconds + KEPT_AFTER_EXPIRY;
        store().put(CHALLENGE + challenge.id(), kept, challenge.toNotes());
        store().put(SLOT_CHALLENGE + request.deviceHandle() + "." + slot, ttlSeconds,
                Map.of("challengeId", challenge.id()));
        if (request.loginRef() != null && !request.isCiba()) {
            store().put(OF_LOGIN + request.loginRef(), kept, Map.of("challengeId", challenge.id()));
        }
        new Watches(session).open(challenge.watchId(), kept);
        return challenge;
    }

    public Optional<PushChallenge> find(String challengeId) {
        if (!WatchIds.looksValid(challengeId)) {
            return Optional.empty();
        }
        return Optional.ofNullable(store().get(CHALLENGE + challengeId))
                .map(notes -> PushChallenge.fromNotes(challengeId, notes));
    }

    /**
     * The push a login sent last, if still open. A login has at most one open push (it cancels the one on screen
     * before it sends another), so this is the only one a restarted login must retire.
     */
    public Optional<PushChallenge> openForLogin(String loginRef, String deviceHandle) {
        Map<String, String> notes = store().get(OF_LOGIN + loginRef);
        return Optional.ofNullable(notes).flatMap(n -> find(n.get("challengeId")))
                .filter(c -> c.deviceHandle().equals(deviceHandle) && loginRef.equals(c.request().loginRef())
                        && !hasEnded(c.id()));
    }

    public boolean hasEnded(String challengeId) {
        return store().contains(ENDED + challengeId);
    }

    /** The open, unexpired challenges sent to this phone, oldest first. */
    public List<PushChallenge> pendingFor(String deviceHandle) {
        List<PushChallenge> pending = new ArrayList<>();
        long now = Time.currentTime();
        for (int slot = 0; slot < MAX_SLOTS; slot++) {
            Map<String, String> notes = store().get(SLOT_CHALLENGE + deviceHandle + "." + slot);
            if (notes != null) {
                find(notes.get("challengeId"))
                        .filter(c -> c.deviceHandle().equals(deviceHandle) && c.expiresAt() > now && !hasEnded(c.id()))
                        .ifPresent(pending::add);
            }
        }
        pending.sort(Comparator.comparingLong(PushChallenge::createdAt));
        return pending;
    }

    /** Refuses a challenge the phone may no longer decide, saying truly why. */
    public void requireOpen(PushChallenge challenge) {
        if (store().contains(CANCELLED + challenge.id())) {
            throw new ApiException(IbKeyErrorCode.CHALLENGE_CANCELLED,
                    "This login request is no longer waiting: the login went on another way or was restarted.");
        }
        if (hasEnded(challenge.id())) {
            throw new ApiException(IbKeyErrorCode.CHALLENGE_ALREADY_DECIDED,
                    "This login request has already been answered.");
        }
        if (challenge.expiresAt() <= Time.currentTime()) {
            throw new ApiException(IbKeyErrorCode.CHALLENGE_EXPIRED, "This login request has expired.");
        }
    }

    /** Records the one decision this challenge gets and tells the waiting browser. */
    public void decide(PushChallenge challenge, DecisionStatus outcome) {
        if (!end(challenge)) {
            requireOpen(challenge);
            throw new ApiException(IbKeyErrorCode.CHALLENGE_ALREADY_DECIDED,
                    "This login request has already been answered.");
        }
        new Watches(session).settle(challenge.watchId(), WatchState.settled(outcome.wire()));
    }

    /**
     * Kills a challenge nobody may approve any more: its login asked for another push, switched to challenge/response
     * or was restarted. False when the phone had decided it already.
     */
    public boolean cancel(PushChallenge challenge) {
        // The marker goes first (putIfAbsent writes at once, put only at commit), so a phone losing to this cancel
        // is told why.
        boolean marked = store().putIfAbsent(CANCELLED + challenge.id(), lifespan(challenge));
        if (!end(challenge)) {
            if (marked) {
                store().remove(CANCELLED + challenge.id());
            }
            return false;
        }
        new Watches(session).settle(challenge.watchId(), CANCELLED_STATE);
        return true;
    }

    /** Kills every challenge still waiting for a phone that was retired or removed; their logins are told at once. */
    public void cancelAllFor(String deviceHandle) {
        pendingFor(deviceHandle).forEach(this::cancel);
    }

    private boolean end(PushChallenge challenge) {
        if (!store().putIfAbsent(ENDED + challenge.id(), lifespan(challenge))) {
            return false;
        }
        store().remove(SLOT_CHALLENGE + challenge.deviceHandle() + "." + challenge.slot());
        store().remove(SLOT + challenge.deviceHandle() + "." + challenge.slot());
        return true;
    }

    private static long lifespan(PushChallenge challenge) {
        return Math.max(1, challenge.expiresAt() - Time.currentTime()) + KEPT_AFTER_EXPIRY;
    }

    private SingleUseObjectProvider store() {
        return session.singleUseObjects();
    }
}
