package dev.sls.withdrawal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.keycloak.common.util.Time;
import org.keycloak.models.AuthenticatedClientSessionModel;
import org.keycloak.models.ClientSessionContext;
import org.keycloak.models.UserSessionModel;
import org.keycloak.protocol.oidc.rar.AuthorizationDetailsProcessor;
import org.keycloak.protocol.oidc.rar.InvalidAuthorizationDetailsException;
import org.keycloak.representations.AuthorizationDetailsJSONRepresentation;

/**
 * Keycloak's handler of the {@value WithdrawalRequest#TYPE} authorization-details type. At the authorization endpoint
 * it refuses a malformed entry (the application gets {@code invalid_request} before any login page). At the token
 * endpoint it hands out a confirmation only once and only if a device confirmed exactly this withdrawal in this login,
 * within {@value #MAX_AGE_SECONDS} s; otherwise the token request fails with {@code invalid_authorization_details}.
 * The granted entry, in the token response and the access token, carries {@code confirmation} (device, time); a
 * refreshed access token repeats it from the refresh token (Keycloak's own behaviour), the ID token's claim does not.
 */
final class WithdrawalDetailsProcessor implements AuthorizationDetailsProcessor<AuthorizationDetailsJSONRepresentation> {

    /** A confirmation older than this is not handed out: a login is long done by then. */
    static final long MAX_AGE_SECONDS = 600;

    @Override
    public boolean isSupported() {
        return true;
    }

    @Override
    public String getSupportedType() {
        return WithdrawalRequest.TYPE;
    }

    @Override
    public Class<AuthorizationDetailsJSONRepresentation> getSupportedResponseJavaType() {
        return AuthorizationDetailsJSONRepresentation.class;
    }

    @Override
    public AuthorizationDetailsJSONRepresentation validateAuthorizationDetail(
            AuthorizationDetailsJSONRepresentation detail) {
        try {
            WithdrawalRequest.fromDetail(detail);
            return detail;
        } catch (IllegalArgumentException e) {
            throw new InvalidAuthorizationDetailsException(e.getMessage());
        }
    }

    /** The token request repeats the entry (Keycloak has checked it equals the authorization request's). */
    @Override
    public AuthorizationDetailsJSONRepresentation process(UserSessionModel userSession,
                                                          ClientSessionContext clientSessionCtx,
                                                          AuthorizationDetailsJSONRepresentation detail) {
        return grant(clientSessionCtx, detail);
    }

    /** The code exchange of a login whose authorization request carried the entry (kept in the client session). */
    @Override
    public AuthorizationDetailsJSONRepresentation processStoredAuthorizationDetails(
            UserSessionModel userSession, ClientSessionContext clientSessionCtx,
            AuthorizationDetailsJSONRepresentation detail) {
        return grant(clientSessionCtx, detail);
    }

    private static AuthorizationDetailsJSONRepresentation grant(ClientSessionContext clientSessionCtx,
                                                                AuthorizationDetailsJSONRepresentation detail) {
        WithdrawalConfirmation granted =
                clientSessionCtx.getAttribute(WithdrawalConfirmation.ATTRIBUTE, WithdrawalConfirmation.class);
        if (granted != null) {
            return response(granted);
        }
        WithdrawalRequest asked;
        try {
            asked = WithdrawalRequest.fromDetail(detail);
        } catch (IllegalArgumentException e) {
            throw new InvalidAuthorizationDetailsException(e.getMessage());
        }
        AuthenticatedClientSessionModel clientSession = clientSessionCtx.getClientSession();
        Optional<WithdrawalConfirmation> confirmed =
                WithdrawalConfirmation.fromNote(clientSession.getNote(WithdrawalConfirmation.NOTE));
        // Used once: a later login of the same client session must confirm its own withdrawal.
        clientSession.removeNote(WithdrawalConfirmation.NOTE);
        clientSession.removeNote(WithdrawalRequest.NOTE);
        if (confirmed.isEmpty() || !confirmed.get().request().equals(asked)
                || Time.currentTime() - confirmed.get().confirmedAt() > MAX_AGE_SECONDS) {
            throw new InvalidAuthorizationDetailsException("The withdrawal was not confirmed with a second-factor"
                    + " device in this login (ask for it with max_age=0 or prompt=login)");
        }
        clientSessionCtx.setAttribute(WithdrawalConfirmation.ATTRIBUTE, confirmed.get());
        return response(confirmed.get());
    }

    private static AuthorizationDetailsJSONRepresentation response(WithdrawalConfirmation confirmation) {
        AuthorizationDetailsJSONRepresentation granted = new AuthorizationDetailsJSONRepresentation();
        granted.setType(WithdrawalRequest.TYPE);
        WithdrawalRequest request = confirmation.request();
        granted.setCustomData(WithdrawalRequest.AMOUNT, request.amount().plain());
        granted.setCustomData(WithdrawalRequest.CURRENCY, request.amount().code());
        request.payee().ifPresent(payee -> granted.setCustomData(WithdrawalRequest.PAYEE, payee));
        granted.setCustomData("confirmation", Map.of("device", confirmation.device(),
                "confirmed_at", confirmation.confirmedAt()));
        return granted;
    }

    @Override
    public List<AuthorizationDetailsJSONRepresentation> handleMissingAuthorizationDetails(
            UserSessionModel userSession, ClientSessionContext clientSessionCtx) {
        return null;
    }

    @Override
    public void afterAuthorizationDetailsProcessed(UserSessionModel userSession,
                                                   ClientSessionContext clientSessionCtx,
                                                   AuthorizationDetailsJSONRepresentation detail) {
        // nothing to do
    }

    @Override
    public void close() {
        // stateless
    }
}
