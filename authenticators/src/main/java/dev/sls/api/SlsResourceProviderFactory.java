package dev.sls.api;

import dev.sls.wait.WaitRegistry;
import dev.sls.wait.WaitRegistryHolder;
import java.time.Duration;
import java.util.List;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;
import org.keycloak.services.resource.RealmResourceProvider;
import org.keycloak.services.resource.RealmResourceProviderFactory;

/** Mounts {@code /realms/{realm}/sls} and owns this node's registry of waiting browsers. */
public final class SlsResourceProviderFactory implements RealmResourceProviderFactory, WaitRegistryHolder {

    public static final String SWEEP_INTERVAL = "sweepIntervalMillis";
    private static final int DEFAULT_SWEEP_MILLIS = 100;

    private Duration sweepInterval = Duration.ofMillis(DEFAULT_SWEEP_MILLIS);
    private volatile WaitRegistry registry;

    @Override
    public RealmResourceProvider create(KeycloakSession session) {
        return new SlsResourceProvider(session);
    }

    @Override
    public void init(Config.Scope config) {
        int millis = config.getInt(SWEEP_INTERVAL, DEFAULT_SWEEP_MILLIS);
        if (millis < 10 || millis > 10_000) {
            throw new IllegalArgumentException(SWEEP_INTERVAL + " must be between 10 and 10000");
        }
        sweepInterval = Duration.ofMillis(millis);
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        registry = new WaitRegistry(factory, sweepInterval);
    }

    @Override
    public WaitRegistry waitRegistry() {
        return registry;
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return ProviderConfigurationBuilder.create()
                .property().name(SWEEP_INTERVAL).type("int").defaultValue(DEFAULT_SWEEP_MILLIS)
                .helpText("How often a node looks for push decisions made on other nodes (ms)").add()
                .build();
    }

    @Override
    public void close() {
        if (registry != null) {
            registry.close();
        }
    }

    @Override
    public String getId() {
        return WaitRegistry.OWNER_PROVIDER_ID;
    }
}
