package dev.sls.mobile.code;

import java.util.Optional;
import org.keycloak.common.util.Time;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * The code of one purpose ("verify", "login", ...) kept in an authentication-session note: bound to this login,
 * readable on any cluster node, gone with the authentication session.
 */
public final class CodeNotes {

    /** What a typed code turned out to be. */
    public enum Check { RIGHT, WRONG, EXPIRED, NONE }

    private final String note;

    public CodeNotes(String purpose) {
        this.note = "sls.phone.code." + purpose;
    }

    public Optional<PendingCode> current(AuthenticationSessionModel authSession) {
        return PendingCode.parse(authSession.getAuthNote(note));
    }

    /** The code to send to {@code e164}: the pending one while it may be repeated, else a new one (stored). */
    public PendingCode codeFor(AuthenticationSessionModel authSession, String e164, int lifetimeSeconds) {
        long now = Time.currentTime();
        Optional<PendingCode> pending = current(authSession).filter(code -> code.reusableFor(e164, now));
        if (pending.isPresent()) {
            return pending.get();
        }
        PendingCode fresh = PendingCode.issue(e164, now, lifetimeSeconds);
        authSession.setAuthNote(note, fresh.format());
        return fresh;
    }

    /**
     * Checks a typed code against the pending one without comparing it: {@code matcher} does (in constant time). A
     * right code is used up; a wrong one is counted and the code dropped after {@link PendingCode#MAX_FAILURES}.
     */
    public Check check(AuthenticationSessionModel authSession, java.util.function.Predicate<PendingCode> matcher) {
        Optional<PendingCode> pending = current(authSession);
        if (pending.isEmpty()) {
            return Check.NONE;
        }
        if (pending.get().expired(Time.currentTime())) {
            clear(authSession);
            return Check.EXPIRED;
        }
        if (matcher.test(pending.get())) {
            clear(authSession);
            return Check.RIGHT;
        }
        PendingCode counted = pending.get().withFailure();
        if (counted.failures() >= PendingCode.MAX_FAILURES) {
            clear(authSession);
        } else {
            authSession.setAuthNote(note, counted.format());
        }
        return Check.WRONG;
    }

    public void clear(AuthenticationSessionModel authSession) {
        authSession.removeAuthNote(note);
    }
}
