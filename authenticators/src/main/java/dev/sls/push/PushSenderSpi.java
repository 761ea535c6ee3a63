package dev.sls.push;

import org.keycloak.provider.Provider;
import org.keycloak.provider.ProviderFactory;
import org.keycloak.provider.Spi;

/** Keycloak SPI {@value #NAME}: how the IB Key login step wakes the user's phone. */
public final class PushSenderSpi implements Spi {

    public static final String NAME = "sls-push-sender";

    @Override
    public boolean isInternal() {
        return false;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public Class<? extends Provider> getProviderClass() {
        return PushSender.class;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Class<? extends ProviderFactory> getProviderFactoryClass() {
        return PushSenderFactory.class;
    }
}
