package dev.sls.ibkey.ciba;

import java.util.List;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.services.clientpolicy.executor.ClientPolicyExecutorProvider;
import org.keycloak.services.clientpolicy.executor.ClientPolicyExecutorProviderFactory;

/**
 * Client policy executor {@value #ID}: refuses, with a 400 the client can read, a CIBA request IB Key cannot serve
 * (no active IB Key, a level IB Key does not reach, a withdrawal over IB Key's limits, push limits). Put it in a
 * client profile applied to the CIBA clients (the demo realm applies it to every client; it acts on CIBA requests
 * only).
 */
public final class IbKeyCibaPolicyExecutorFactory implements ClientPolicyExecutorProviderFactory {

    public static final String ID = "sls-ibkey-ciba";

    @Override
    public ClientPolicyExecutorProvider create(KeycloakSession session) {
        return new IbKeyCibaPolicyExecutor(session);
    }

    @Override
    public void init(Config.Scope config) {
        // no server settings
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        // nothing to prepare
    }

    @Override
    public void close() {
        // nothing held
    }

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public String getHelpText() {
        return "Refuses with a clear 400 a CIBA request the person's IB Key cannot serve (no active IB Key, a level"
                + " IB Key does not reach, a withdrawal over its limits, push limits). Use with the CIBA channel"
                + " sls-ibkey.";
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return List.of();
    }
}
