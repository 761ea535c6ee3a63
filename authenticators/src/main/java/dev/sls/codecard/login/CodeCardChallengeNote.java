package dev.sls.codecard.login;

import dev.sls.codecard.protocol.CodeCardSpec;
import dev.sls.codecard.protocol.IndexChallenge;
import java.security.SecureRandom;
import java.util.Optional;
import org.keycloak.common.util.Time;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * The index numbers currently asked of the person, kept in an authentication-session note so any
 * cluster node can check the answer. A challenge is taken out when answered: it is used once.
 */
public final class CodeCardChallengeNote {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String noteName;

    /** @param purpose keeps the login challenge and the activation challenge apart */
    public CodeCardChallengeNote(String purpose) {
        this.noteName = "sls.code-card." + purpose + ".challenge";
    }

    /**
     * Draws a new challenge for the card (at least the 20-bit minimum of positions) and stores it,
     * replacing any earlier one.
     */
    public IndexChallenge issue(AuthenticationSessionModel authSession, String cardId, CodeCardSpec spec,
                                int requestedPositions, int lifetimeSeconds) {
        int positions = IndexChallenge.effectivePositions(requestedPositions, spec);
        IndexChallenge challenge = IndexChallenge.random(spec, positions, RANDOM);
        long expiresAt = Time.currentTime() + (long) lifetimeSeconds;
        authSession.setAuthNote(noteName, cardId + "|" + challenge.format() + "|" + expiresAt);
        return challenge;
    }

    /** Removes the stored challenge and returns it if it was for {@code cardId}, well formed and not expired. */
    public Optional<IndexChallenge> take(AuthenticationSessionModel authSession, String cardId, CodeCardSpec spec) {
        String note = authSession.getAuthNote(noteName);
        authSession.removeAuthNote(noteName);
        if (note == null) {
            return Optional.empty();
        }
        String[] parts = note.split("\\|", -1);
        if (parts.length != 3 || !parts[0].equals(cardId)) {
            return Optional.empty();
        }
        try {
            if (Long.parseLong(parts[2]) < Time.currentTime()) {
                return Optional.empty();
            }
            return Optional.of(IndexChallenge.parse(parts[1], spec));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public void clear(AuthenticationSessionModel authSession) {
        authSession.removeAuthNote(noteName);
    }
}
