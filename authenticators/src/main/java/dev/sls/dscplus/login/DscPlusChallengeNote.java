package dev.sls.dscplus.login;

import dev.sls.core.ocra.OcraChallenges;
import dev.sls.dscplus.protocol.DscPlusSuites;
import java.security.SecureRandom;
import java.util.Optional;
import org.keycloak.common.util.Time;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * The 6-digit challenge on screen, kept in an authentication-session note with the card it is for and its expiry,
 * so any node can check the answer. Taken out when answered: a challenge is used once.
 */
public final class DscPlusChallengeNote {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A live challenge for {@code cardRef}. */
    public record Challenge(String value, long expiresAt) { }

    private final String noteName;

    /** @param purpose keeps the login challenge and the activation challenge apart */
    public DscPlusChallengeNote(String purpose) {
        this.noteName = "sls.dscplus." + purpose + ".challenge";
    }

    public Challenge issue(AuthenticationSessionModel authSession, String cardRef, int lifetimeSeconds) {
        Challenge challenge = new Challenge(OcraChallenges.numeric(DscPlusSuites.CHALLENGE_DIGITS, RANDOM),
                Time.currentTime() + (long) lifetimeSeconds);
        authSession.setAuthNote(noteName, cardRef + "|" + challenge.value() + "|" + challenge.expiresAt());
        return challenge;
    }

    /** Removes the challenge and returns it if it was for {@code cardRef}, well formed and not expired. */
    public Optional<String> take(AuthenticationSessionModel authSession, String cardRef) {
        String note = authSession.getAuthNote(noteName);
        authSession.removeAuthNote(noteName);
        String[] parts = note == null ? new String[0] : note.split("\\|", -1);
        if (parts.length != 3 || !parts[0].equals(cardRef) || !parts[1].matches("\\d{" + DscPlusSuites.CHALLENGE_DIGITS + "}")) {
            return Optional.empty();
        }
        try {
            return Long.parseLong(parts[2]) <= Time.currentTime() ? Optional.empty() : Optional.of(parts[1]);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public void clear(AuthenticationSessionModel authSession) {
        authSession.removeAuthNote(noteName);
    }
}
