package dev.sls.core.challenge;

import java.util.Optional;
import org.keycloak.common.util.Time;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * A challenge shown to the person, kept in an authentication-session note so any cluster node can check the answer:
 * bound to the credential (or card) it was drawn for, expiring, and used once (taken out when answered). A challenge
 * drawn for one device is never accepted for another, e.g. after the device was replaced mid-login.
 */
public final class BoundChallenge {

    private static final String SEPARATOR = "|";

    private final String noteName;

    private BoundChallenge(String noteName) {
        this.noteName = noteName;
    }

    /** @param noteName the note's name; names keep e.g. a login challenge and an activation challenge apart */
    public static BoundChallenge inNote(String noteName) {
        if (noteName == null || noteName.isBlank()) {
            throw new IllegalArgumentException("a note name is required");
        }
        return new BoundChallenge(noteName);
    }

    /** Stores {@code value} for {@code boundTo} until {@code lifetimeSeconds} from now, replacing any earlier one. */
    public void issue(AuthenticationSessionModel authSession, String boundTo, String value, int lifetimeSeconds) {
        if (boundTo == null || boundTo.isEmpty() || boundTo.contains(SEPARATOR) || value == null) {
            throw new IllegalArgumentException("a challenge needs a value and the id of what it is bound to");
        }
        long expiresAt = Time.currentTime() + (long) lifetimeSeconds;
        authSession.setAuthNote(noteName, boundTo + SEPARATOR + expiresAt + SEPARATOR + value);
    }

    /**
     * Removes the stored challenge and returns its value if it was issued for {@code boundTo} and has not expired;
     * empty when there is none, it was for something else, it expired or the note is not one this class wrote.
     */
    public Optional<String> take(AuthenticationSessionModel authSession, String boundTo) {
        String note = authSession.getAuthNote(noteName);
        authSession.removeAuthNote(noteName);
        if (note == null || boundTo == null) {
            return Optional.empty();
        }
        String[] parts = note.split("\\|", 3);
        if (parts.length != 3 || !parts[0].equals(boundTo)) {
            return Optional.empty();
        }
        try {
            return Long.parseLong(parts[1]) <= Time.currentTime() ? Optional.empty() : Optional.of(parts[2]);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public void clear(AuthenticationSessionModel authSession) {
        authSession.removeAuthNote(noteName);
    }
}
