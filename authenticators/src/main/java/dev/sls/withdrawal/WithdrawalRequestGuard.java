package dev.sls.withdrawal;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.keycloak.OAuthErrorException;
import org.keycloak.models.KeycloakSession;
import org.keycloak.protocol.oidc.endpoints.request.AuthorizationEndpointRequest;
import org.keycloak.protocol.oidc.endpoints.request.AuthzEndpointRequestParser;
import org.keycloak.protocol.oidc.par.clientpolicy.context.PushedAuthorizationRequestContext;
import org.keycloak.services.clientpolicy.ClientPolicyContext;
import org.keycloak.services.clientpolicy.ClientPolicyException;
import org.keycloak.services.clientpolicy.context.AuthorizationRequestContext;
import org.keycloak.services.clientpolicy.executor.ClientPolicyExecutorProvider;
import org.keycloak.representations.idm.ClientPolicyExecutorConfigurationRepresentation;

/**
 * The client-policy executor that refuses an authorization request (at the authorization endpoint and at the pushed
 * authorization request endpoint) whose {@code authorization_details} Keycloak did not keep exactly, or kept in a shape
 * the pack cannot read ({@link WithdrawalRequestCheck}). Client policies are the one place where Keycloak shows an
 * extension both the raw request parameters and what it parsed of them, before any login starts; the refusal is
 * {@code invalid_request} at the application's redirect URI (or a JSON 400 for a pushed request).
 */
final class WithdrawalRequestGuard implements ClientPolicyExecutorProvider<ClientPolicyExecutorConfigurationRepresentation> {

    private static final Logger LOG = Logger.getLogger(WithdrawalRequestGuard.class);

    private final KeycloakSession session;

    WithdrawalRequestGuard(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public void executeOnEvent(ClientPolicyContext context) throws ClientPolicyException {
        switch (context.getEvent()) {
            case AUTHORIZATION_REQUEST -> {
                AuthorizationRequestContext request = (AuthorizationRequestContext) context;
                check(request.getRequestParameters(), request.getAuthorizationEndpointRequest());
            }
            case PUSHED_AUTHORIZATION_REQUEST -> {
                PushedAuthorizationRequestContext request = (PushedAuthorizationRequestContext) context;
                check(request.getRequestParameters(), request.getRequest());
            }
            default -> {
                // other requests carry no authorization_details of a login
            }
        }
    }

    private void check(MultivaluedMap<String, String> parameters, AuthorizationEndpointRequest parsed)
            throws ClientPolicyException {
        List<String> sent = parameters == null ? null : parameters.get(WithdrawalRequestCheck.PARAMETER);
        String kept = parsed == null ? null : parsed.getAdditionalReqParams().get(WithdrawalRequestCheck.PARAMETER);
        Optional<String> refusal = WithdrawalRequestCheck.refusal(sent, requestObjectClaim(), kept);
        if (refusal.isPresent()) {
            LOG.debugf("Authorization request refused: %s", refusal.get());
            throw new ClientPolicyException(OAuthErrorException.INVALID_REQUEST, refusal.get(),
                    Response.Status.BAD_REQUEST);
        }
    }

    /** The claim of a request object Keycloak read for this request (plain, signed or decrypted), if any. */
    private Optional<JsonNode> requestObjectClaim() {
        Object parsed = session.getAttribute(AuthzEndpointRequestParser.AUTHZ_REQUEST_OBJECT);
        if (parsed instanceof JsonNode claims && claims.has(WithdrawalRequestCheck.PARAMETER)) {
            return Optional.of(claims.get(WithdrawalRequestCheck.PARAMETER));
        }
        return Optional.empty();
    }

    @Override
    public String getProviderId() {
        return WithdrawalRequestGuardFactory.ID;
    }
}
