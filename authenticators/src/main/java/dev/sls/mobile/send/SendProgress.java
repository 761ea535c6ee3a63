package dev.sls.mobile.send;

import dev.sls.mobile.code.PendingCode;
import java.util.Optional;
import org.keycloak.models.KeycloakSession;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * The send of a pending code whose provider had not answered when the page was rendered, kept in an
 * authentication-session note ({@code "{issuedAt}|{channel}|{watchId}"}) so that the page's next request, on either
 * node, learns what became of it. It lives with the code: a new code or another send replaces it.
 */
public final class SendProgress {

    private final String note;

    public SendProgress(String note) {
        this.note = note;
    }

    /** Follows a send still in flight for {@code code}; a report that is already final forgets the last one. */
    public void remember(AuthenticationSessionModel authSession, PendingCode code, SendReport report) {
        if (report.watchId() == null) {
            authSession.removeAuthNote(note);
        } else {
            authSession.setAuthNote(note, code.issuedAt() + "|" + report.channel().name() + "|" + report.watchId());
        }
    }

    /**
     * What became of the followed send of {@code code}: {@link SendOutcome#SENDING} while the provider has not
     * answered, else its outcome ({@link SendOutcome#PENDING} once nobody can say any more). Empty when no send of this
     * code is followed.
     */
    public Optional<SendReport> current(KeycloakSession session, AuthenticationSessionModel authSession,
                                        PendingCode code) {
        String known = authSession.getAuthNote(note);
        String[] parts = known == null ? new String[0] : known.split("\\|", -1);
        if (parts.length != 3 || !parts[0].equals(Long.toString(code.issuedAt()))) {
            return Optional.empty();
        }
        Channel channel;
        try {
            channel = Channel.valueOf(parts[1]);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        SendOutcome outcome = SendWatch.outcome(session, parts[2]).orElse(SendOutcome.PENDING);
        return Optional.of(outcome == SendOutcome.SENDING ? SendReport.sending(channel, parts[2])
                : SendReport.of(outcome, channel));
    }

    public void forget(AuthenticationSessionModel authSession) {
        authSession.removeAuthNote(note);
    }
}
