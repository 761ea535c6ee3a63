package dev.sls.ibkey.ciba;

import dev.sls.core.gateway.GatewayHttp;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.protocol.oidc.grants.ciba.channel.AuthenticationChannelProvider;
import org.keycloak.protocol.oidc.grants.ciba.channel.AuthenticationChannelProviderFactory;

/**
 * The CIBA authentication channel {@value #ID}: requests go to the person's IB Key. Keycloak uses one channel per
 * server, chosen at build time with {@code --spi-ciba-auth-channel--provider=sls-ibkey}.
 */
public final class IbKeyAuthenticationChannelFactory implements AuthenticationChannelProviderFactory {

    public static final String ID = "sls-ibkey";

    /** Sends the ping-mode notifications; one client for the server, created on first use. */
    private final GatewayHttp http = new GatewayHttp();

    @Override
    public AuthenticationChannelProvider create(KeycloakSession session) {
        return new IbKeyAuthenticationChannel(session);
    }

    GatewayHttp http() {
        return http;
    }

    @Override
    public void init(Config.Scope config) {
        // no settings: the realm's IB Key step and CIBA policy say everything
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        // nothing to prepare
    }

    @Override
    public void close() {
        // the HTTP client needs no closing
    }

    @Override
    public String getId() {
        return ID;
    }
}
