package dev.sls.withdrawal;

import java.util.List;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.services.clientpolicy.executor.ClientPolicyExecutorProvider;
import org.keycloak.services.clientpolicy.executor.ClientPolicyExecutorProviderFactory;

/**
 * Registers {@link WithdrawalRequestGuard} as the client-policy executor {@value #ID}. A realm where applications ask
 * for withdrawals puts it in a client profile applied to every client (condition {@code any-client}); the demo realm
 * does.
 */
public final class WithdrawalRequestGuardFactory implements ClientPolicyExecutorProviderFactory {

    public static final String ID = "sls-withdrawal-request";

    @Override
    public ClientPolicyExecutorProvider<?> create(KeycloakSession session) {
        return new WithdrawalRequestGuard(session);
    }

    @Override
    public void init(Config.Scope config) {
        // no settings
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        // nothing to wire
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
        return "Refuses (invalid_request) an authorization request whose authorization_details the server did not keep"
                + " in full, or that mentions sls_withdrawal in a shape the SLS pack cannot read.";
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return List.of();
    }
}
