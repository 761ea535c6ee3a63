package dev.sls.push;

import java.util.List;
import java.util.Map;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderFactory;

/**
 * Factory of one push sender. Its id ({@code none}, {@code webhook}, {@code fcm}, {@code apns}) is what a realm
 * admin picks. The factory instance owns what outlives a request: the HTTP client and cached gateway credentials.
 */
public interface PushSenderFactory extends ProviderFactory<PushSender> {

    /** The settings this sender reads, for the admin console; their keys are those passed to {@link #validate}. */
    List<ProviderConfigProperty> getConfigProperties();

    /**
     * Refuses settings this sender cannot work with.
     *
     * @throws PushConfigException naming the first bad key; the message never repeats a secret value
     */
    void validate(Map<String, String> settings) throws PushConfigException;

    @Override
    default void init(Config.Scope config) {
        // no server-wide settings: everything is per realm, in the authenticator config
    }

    @Override
    default void postInit(KeycloakSessionFactory factory) {
        // nothing to wire
    }

    @Override
    default void close() {
        // the HTTP client has no close on Java 17; its threads are daemons
    }
}
