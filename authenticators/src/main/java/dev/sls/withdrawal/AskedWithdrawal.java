package dev.sls.withdrawal;

import org.jboss.logging.Logger;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * What this login was asked about a withdrawal: {@link None} (a plain login), {@link Readable} (one to confirm), or
 * {@link Unreadable} (the application asked for something the pack cannot read, which is always refused: a request that
 * asked for a withdrawal never becomes one that did not).
 */
public sealed interface AskedWithdrawal {

    /** No withdrawal asked. */
    record None() implements AskedWithdrawal {
    }

    /** A withdrawal to confirm. */
    record Readable(WithdrawalRequest request) implements AskedWithdrawal {
    }

    /** Something was asked that is not read as a withdrawal (the reason is for the log, never for the page). */
    record Unreadable(String reason) implements AskedWithdrawal {
    }

    /** The login's {@code authorization_details} as Keycloak kept them. */
    static AskedWithdrawal of(AuthenticationSessionModel authSession) {
        return fromParameter(authSession.getClientNote(WithdrawalRequest.NOTE));
    }

    static AskedWithdrawal fromParameter(String json) {
        if (json == null) {
            return new None();
        }
        try {
            return WithdrawalRequest.fromParameter(json).<AskedWithdrawal>map(Readable::new)
                    .orElseGet(() -> WithdrawalRequestCheck.mentionsWithdrawal(json)
                            ? unreadable(WithdrawalRequest.TYPE + " named in a shape not read as one")
                            : new None());
        } catch (IllegalArgumentException e) {
            return unreadable(e.getMessage());
        }
    }

    private static Unreadable unreadable(String reason) {
        Logger.getLogger(AskedWithdrawal.class).warnf("Unreadable authorization_details in a login: %s", reason);
        return new Unreadable(reason);
    }

    /** Whether a withdrawal was asked, readable or not. */
    default boolean asked() {
        return !(this instanceof None);
    }
}
