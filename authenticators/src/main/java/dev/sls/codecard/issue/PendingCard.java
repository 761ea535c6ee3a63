package dev.sls.codecard.issue;

import dev.sls.codecard.protocol.CodeCard;
import java.util.Arrays;
import java.util.Optional;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * A card that has been generated for the person but not yet activated. It lives only in the
 * authentication session (never in the database) until its activation codes are typed correctly.
 */
final class PendingCard {

    private static final String CODES = "sls.code-card.pending.codes";
    private static final String SHOWN = "sls.code-card.pending.shown";
    private static final String FAILURES = "sls.code-card.pending.failures";

    private PendingCard() {
    }

    static void start(AuthenticationSessionModel authSession, CodeCard card) {
        authSession.setAuthNote(CODES, String.join(",", card.codes()));
        authSession.removeAuthNote(SHOWN);
        authSession.removeAuthNote(FAILURES);
    }

    static Optional<CodeCard> read(AuthenticationSessionModel authSession) {
        String codes = authSession.getAuthNote(CODES);
        if (codes == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(CodeCard.of(Arrays.asList(codes.split(","))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** After this the card is never displayed again; only its activation is asked. */
    static void markShown(AuthenticationSessionModel authSession) {
        authSession.setAuthNote(SHOWN, "true");
    }

    static boolean wasShown(AuthenticationSessionModel authSession) {
        return "true".equals(authSession.getAuthNote(SHOWN));
    }

    static int recordFailure(AuthenticationSessionModel authSession) {
        String previous = authSession.getAuthNote(FAILURES);
        int failures = (previous == null ? 0 : Integer.parseInt(previous)) + 1;
        authSession.setAuthNote(FAILURES, Integer.toString(failures));
        return failures;
    }

    static void clear(AuthenticationSessionModel authSession) {
        authSession.removeAuthNote(CODES);
        authSession.removeAuthNote(SHOWN);
        authSession.removeAuthNote(FAILURES);
    }
}
