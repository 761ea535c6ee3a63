package dev.sls.ibkey.push.sender;

import java.util.List;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderFactory;

/**
 * Factory of one push sender. Its id ({@code none}, {@code webhook}, {@code fcm}, {@code apns}) is what a realm
 * admin picks. The factory instance owns what outlives a request: the HTTP client and cached gateway credentials.
 * Settings are checked when a push is sent (Keycloak 26 calls no validation hook when an authenticator config is
 * saved); a bad setting gives a {@link PushResult.Outcome#BAD_CONFIG} result naming the key.
 */
public abstract class PushSenderFactory implements ProviderFactory<PushSender> {

    private final String id;
    private final PushSender sender;
    private final List<ProviderConfigProperty> properties;

    protected PushSenderFactory(String id, PushSender sender, List<ProviderConfigProperty> properties) {
        this.id = id;
        this.sender = sender;
        this.properties = List.copyOf(properties);
    }

    @Override
    public final PushSender create(KeycloakSession session) {
        return sender;
    }

    @Override
    public final String getId() {
        return id;
    }

    /** The settings this sender reads, listed in the IB Key step's config in the admin console. */
    public final List<ProviderConfigProperty> getConfigProperties() {
        return properties;
    }

    @Override
    public void init(Config.Scope config) {
        // no server-wide settings: everything is per realm, in the authenticator config
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        // nothing to wire
    }

    @Override
    public void close() {
        // the HTTP client has no close on Java 17; its threads are daemons
    }
}
