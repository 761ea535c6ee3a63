package dev.sls.ibkey.ciba;

import org.keycloak.models.KeycloakSession;
import org.keycloak.protocol.oidc.grants.ciba.channel.CIBAAuthenticationRequest;
import org.keycloak.protocol.oidc.grants.ciba.clientpolicy.context.BackchannelAuthenticationRequestContext;
import org.keycloak.representations.idm.ClientPolicyExecutorConfigurationRepresentation;
import org.keycloak.services.clientpolicy.ClientPolicyContext;
import org.keycloak.services.clientpolicy.ClientPolicyEvent;
import org.keycloak.services.clientpolicy.ClientPolicyException;
import org.keycloak.services.clientpolicy.executor.ClientPolicyExecutorProvider;

/**
 * Checks a CIBA request for IB Key where Keycloak can still refuse it with a 400 (the channel itself can only make
 * Keycloak answer 503): after Keycloak validated the request, before anything is stored or sent.
 */
final class IbKeyCibaPolicyExecutor implements ClientPolicyExecutorProvider<ClientPolicyExecutorConfigurationRepresentation> {

    private final KeycloakSession session;

    IbKeyCibaPolicyExecutor(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public String getProviderId() {
        return IbKeyCibaPolicyExecutorFactory.ID;
    }

    @Override
    public void executeOnEvent(ClientPolicyContext context) throws ClientPolicyException {
        if (context.getEvent() != ClientPolicyEvent.BACKCHANNEL_AUTHENTICATION_REQUEST
                || !(context instanceof BackchannelAuthenticationRequestContext backchannel)) {
            return;
        }
        CIBAAuthenticationRequest request = backchannel.getParsedRequest();
        try {
            new CibaAdmission(session, session.getContext().getRealm()).admit(request.getClient(), request.getUser(),
                    request.getAcrValues(), request.getBindingMessage(),
                    CibaRequests.authorizationDetails(session, request));
        } catch (CibaRefusal refusal) {
            throw new ClientPolicyException(refusal.error(), refusal.description());
        }
    }
}
