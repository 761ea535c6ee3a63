package dev.sls.dscplus.credential;

import dev.sls.core.credential.SlsCredentialProviderFactory;
import java.util.List;
import org.keycloak.Config;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

public final class DscPlusCredentialProviderFactory extends SlsCredentialProviderFactory<DscPlusCredentialProvider> {

    private final SeedKeys keys;

    public DscPlusCredentialProviderFactory() {
        this(new SeedKeys());
    }

    private DscPlusCredentialProviderFactory(SeedKeys keys) {
        super(DscPlusCredentialProvider.DEVICE, session -> new DscPlusCredentialProvider(session, keys));
        this.keys = keys;
    }

    @Override
    public void init(Config.Scope config) {
        keys.configure(config.get(SeedKeys.OPTION));
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return ProviderConfigurationBuilder.create().property().name(SeedKeys.OPTION).type("string")
                .helpText("AES key (16, 24 or 32 bytes, Base64 or hex) that seals DSC+ card seeds in the database."
                        + " Keep it out of the database and its backups.").add().build();
    }
}
