package dev.sls.wait;

import java.time.Duration;
import java.util.List;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/** Owns this node's {@link NodeWaitRegistry}; server option {@code spi-sls-wait--default--sweep-interval-millis}. */
public final class NodeWaitRegistryFactory implements WaitRegistryFactory {

    public static final String ID = "default";
    public static final String SWEEP_INTERVAL = "sweepIntervalMillis";
    private static final int DEFAULT_SWEEP_MILLIS = 1000;

    private Duration sweepInterval = Duration.ofMillis(DEFAULT_SWEEP_MILLIS);
    private volatile NodeWaitRegistry registry;

    @Override
    public WaitRegistry create(KeycloakSession session) {
        return registry;
    }

    @Override
    public void init(Config.Scope config) {
        int millis = config.getInt(SWEEP_INTERVAL, DEFAULT_SWEEP_MILLIS);
        if (millis < 10 || millis > 60_000) {
            throw new IllegalArgumentException(SWEEP_INTERVAL + " must be between 10 and 60000");
        }
        sweepInterval = Duration.ofMillis(millis);
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        registry = new NodeWaitRegistry(factory, sweepInterval);
        registry.listenToCluster();
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return ProviderConfigurationBuilder.create()
                .property().name(SWEEP_INTERVAL).type("int").defaultValue(DEFAULT_SWEEP_MILLIS)
                .helpText("How often a node checks the store for outcomes settled on other nodes whose cluster message it missed (ms)").add()
                .build();
    }

    @Override
    public void close() {
        if (registry != null) {
            registry.shutdown();
        }
    }

    @Override
    public String getId() {
        return ID;
    }
}
