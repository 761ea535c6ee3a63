package dev.sls.ibkey.ciba;

import dev.sls.withdrawal.WithdrawalRequest;
import java.io.IOException;
import org.keycloak.models.KeycloakSession;
import org.keycloak.protocol.oidc.grants.ciba.channel.CIBAAuthenticationRequest;
import org.keycloak.util.JsonSerialization;

/** Reading a CIBA request the way the pack needs it. */
final class CibaRequests {

    private CibaRequests() {
    }

    /**
     * The request's {@code authorization_details} as Keycloak kept it among the request's other parameters, or null.
     * Fails closed: a form that carried the parameter Keycloak did not keep (too long, too many parameters) is refused.
     */
    static String authorizationDetails(KeycloakSession session, CIBAAuthenticationRequest request) {
        Object kept = request.getOtherClaims().get(WithdrawalRequest.NOTE);
        if (kept instanceof String text) {
            return text;
        }
        if (kept != null) {
            try {
                return JsonSerialization.writeValueAsString(kept);
            } catch (IOException e) {
                throw new CibaRefusal(CibaRefusal.INVALID_REQUEST, "authorization_details cannot be read.");
            }
        }
        var form = session.getContext().getHttpRequest() == null ? null
                : session.getContext().getHttpRequest().getDecodedFormParameters();
        if (form != null && form.containsKey(WithdrawalRequest.NOTE)) {
            throw new CibaRefusal(CibaRefusal.INVALID_REQUEST, "authorization_details cannot be read.");
        }
        return null;
    }
}
