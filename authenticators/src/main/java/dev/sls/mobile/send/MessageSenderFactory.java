package dev.sls.mobile.send;

import java.util.List;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderFactory;

/**
 * Factory of one message sender; its id ({@code twilio}, {@code log}) is what the realm's setting
 * {@code sls.phone.sender} names. The factory owns what outlives a request (HTTP client, worker threads).
 */
public interface MessageSenderFactory extends ProviderFactory<MessageSender> {

    /** The settings this sender reads, listed under "Verify mobile number" in the admin console. */
    List<ProviderConfigProperty> getConfigProperties();

    @Override
    default void init(Config.Scope config) {
        // settings are per realm
    }

    @Override
    default void postInit(KeycloakSessionFactory factory) {
        // nothing to wire
    }

    @Override
    default void close() {
        // nothing held
    }
}
