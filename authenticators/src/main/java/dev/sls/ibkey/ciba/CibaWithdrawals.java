package dev.sls.ibkey.ciba;

import dev.sls.ibkey.push.PushChallenge;
import dev.sls.withdrawal.WithdrawalRequest;
import java.util.Map;
import java.util.Optional;
import org.keycloak.models.KeycloakSession;

/**
 * The withdrawal a CIBA push shows, kept beside its challenge (same lifespan) so the approval confirms and records
 * exactly what the phone showed and signed.
 */
final class CibaWithdrawals {

    private static final String KEY = "sls.ibkey.ciba-withdrawal.";
    private static final String DETAILS = "details";

    private final KeycloakSession session;

    CibaWithdrawals(KeycloakSession session) {
        this.session = session;
    }

    void keep(PushChallenge challenge, String authorizationDetails, long lifespanSeconds) {
        session.singleUseObjects().put(KEY + challenge.id(), lifespanSeconds, Map.of(DETAILS, authorizationDetails));
    }

    Optional<WithdrawalRequest> shown(PushChallenge challenge) {
        return Optional.ofNullable(session.singleUseObjects().get(KEY + challenge.id()))
                .map(notes -> notes.get(DETAILS)).flatMap(WithdrawalRequest::fromParameter);
    }
}
