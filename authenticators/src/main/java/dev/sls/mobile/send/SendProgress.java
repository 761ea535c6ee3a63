package dev.sls.mobile.send;

import dev.sls.mobile.code.PendingCode;
import dev.sls.mobile.code.SentChannels;
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

    /**
     * Before another send of {@code code}: the followed send, when it went out or may have (its page may have said
     * "sent" in place, without telling the server), is noted in {@code channels}, then forgotten.
     */
    public void carryOver(KeycloakSession session, AuthenticationSessionModel authSession, PendingCode code,
                          SentChannels channels) {
        current(session, authSession, code).filter(SendReport::delivered)
                .ifPresent(report -> channels.wentBy(authSession, code, report.channel()));
        forget(authSession);
    }

    /**
     * A code is being typed: the refusal to report instead of checking it when the provider refused the only send of
     * {@code code} (nothing reached the person, so "wrong code" would mislead); the send is then forgotten.
     */
    public Optional<SendReport> refusedOnly(KeycloakSession session, AuthenticationSessionModel authSession,
                                            PendingCode code, SentChannels channels) {
        Optional<SendReport> refused = current(session, authSession, code)
                .filter(report -> !report.delivered() && !channels.wentOut(authSession, code));
        refused.ifPresent(report -> forget(authSession));
        return refused;
    }

    /**
     * The right code was typed: notes the followed send's channel in {@code channels} when it reached the person
     * (the provider accepted it, or had not answered while no other send of the code had gone out, so it is the one
     * the code came by), and forgets the send. A refused send proves nothing.
     */
    public void codeUsed(KeycloakSession session, AuthenticationSessionModel authSession, PendingCode code,
                         SentChannels channels) {
        current(session, authSession, code)
                .filter(report -> report.outcome() == SendOutcome.SENT
                        || report.delivered() && !channels.wentOut(authSession, code))
                .ifPresent(report -> channels.wentBy(authSession, code, report.channel()));
        forget(authSession);
    }

    public void forget(AuthenticationSessionModel authSession) {
        authSession.removeAuthNote(note);
    }
}
