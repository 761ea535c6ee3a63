package dev.sls.ibkey.activation;

import dev.sls.ibkey.protocol.ActivationCode;
import java.util.Optional;
import org.keycloak.common.util.Time;
import org.keycloak.sessions.AuthenticationSessionModel;

/** The activation code this login shows, kept in the authentication session so a reload shows the same one. */
final class ActivationNotes {

    private static final String CODE = "sls.ibkey.activation.code";
    private static final String WATCH = "sls.ibkey.activation.watch";
    private static final String EXPIRES = "sls.ibkey.activation.expires";

    private ActivationNotes() {
    }

    static void store(AuthenticationSessionModel authSession, IssuedActivation issued) {
        authSession.setAuthNote(CODE, issued.code().canonical());
        authSession.setAuthNote(WATCH, issued.watchId());
        authSession.setAuthNote(EXPIRES, Long.toString(issued.expiresAt()));
    }

    /** The code on screen if it has not expired yet. */
    static Optional<IssuedActivation> current(AuthenticationSessionModel authSession) {
        String code = authSession.getAuthNote(CODE);
        String watch = authSession.getAuthNote(WATCH);
        String expires = authSession.getAuthNote(EXPIRES);
        if (code == null || watch == null || expires == null) {
            return Optional.empty();
        }
        long expiresAt = Long.parseLong(expires);
        Optional<ActivationCode> parsed = ActivationCode.parse(code);
        if (parsed.isEmpty() || expiresAt <= Time.currentTime()) {
            return Optional.empty();
        }
        return Optional.of(new IssuedActivation(parsed.get(), watch, expiresAt));
    }

    static Optional<String> watchId(AuthenticationSessionModel authSession) {
        return Optional.ofNullable(authSession.getAuthNote(WATCH));
    }

    static void clear(AuthenticationSessionModel authSession) {
        authSession.removeAuthNote(CODE);
        authSession.removeAuthNote(WATCH);
        authSession.removeAuthNote(EXPIRES);
    }
}
