package dev.sls.ibkey;

import dev.sls.protocol.ibkey.api.ApiErrorCode;
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
    private static final SecureRandom RANDOM = new SecureRandom();

    private final KeycloakSession session;

    public PushChallenges(KeycloakSession session) {
        this.session = session;
    }

    /** Empty when the user already has {@code maxPending} pushes waiting. */
    public Optional<PushChallenge> create(PushRequest request, int ttlSeconds, int maxPending, boolean numberMatching) {
        int limit = Math.min(maxPending, MAX_SLOTS);
        for (int slot = 0; slot < limit; slot++) {
            if (store().putIfAbsent(SLOT + request.credentialId() + "." + slot, ttlSeconds)) {
                return Optional.of(store(request, slot, ttlSeconds, numberMatching));
            }
        }
        return Optional.empty();
    }

    private PushChallenge store(PushRequest request, int slot, int ttlSeconds, boolean numberMatching) {
        long now = Time.currentTime();
        Integer number = numberMatching ? 10 + RANDOM.nextInt(90) : null;
        PushChallenge challenge = new PushChallenge(WatchIds.random(), request.realmId(), request.userId(),
                request.credentialId(), request.clientId(), request.clientName(), request.ipAddress(), now,
                now + ttlSeconds, number, numberMatching ? choicesAround(number) : List.of(), request.amount(), slot);
        // Kept a minute past its expiry so a late phone hears "expired" and the login can count it as unanswered.
        store().put(CHALLENGE + challenge.id(), ttlSeconds + 60L, challenge.toNotes());
        store().put(SLOT_CHALLENGE + request.credentialId() + "." + slot, ttlSeconds,
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
    public List<PushChallenge> pendingFor(String credentialId) {
        List<PushChallenge> pending = new ArrayList<>();
        long now = Time.currentTime();
        for (int slot = 0; slot < MAX_SLOTS; slot++) {
            Map<String, String> notes = store().get(SLOT_CHALLENGE + credentialId + "." + slot);
            if (notes != null) {
                find(notes.get("challengeId"))
                        .filter(c -> c.credentialId().equals(credentialId) && c.expiresAt() > now && !isDecided(c.id()))
                        .ifPresent(pending::add);
            }
        }
        pending.sort((a, b) -> Long.compare(a.createdAt(), b.createdAt()));
        return pending;
    }

    /** Records the one decision this challenge gets and tells the waiting browser. */
    public void decide(PushChallenge challenge, WatchState outcome) {
        long remaining = Math.max(1, challenge.expiresAt() - Time.currentTime()) + 60;
        if (!store().putIfAbsent(DECIDED + challenge.id(), remaining)) {
            throw new DeviceApiException(ApiErrorCode.CHALLENGE_ALREADY_DECIDED,
                    "This login request has already been answered.");
        }
        release(challenge);
        new Watches(session).settle(challenge.id(), outcome);
    }

    /** Frees the challenge's slot (decided, abandoned or replaced by a resend). */
    public void release(PushChallenge challenge) {
        store().remove(SLOT_CHALLENGE + challenge.credentialId() + "." + challenge.slot());
        store().remove(SLOT + challenge.credentialId() + "." + challenge.slot());
    }

    private SingleUseObjectProvider store() {
        return session.singleUseObjects();
    }
}
