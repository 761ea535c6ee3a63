package dev.sls.wait;

import org.keycloak.provider.ProviderFactory;

/** Factory of this node's {@link WaitRegistry}. */
public interface WaitRegistryFactory extends ProviderFactory<WaitRegistry> {
}
