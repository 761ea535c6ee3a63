package dev.sls.sharing.credential;

import dev.sls.core.credential.SlsCredentialProviderFactory;

public final class SharedDeviceCredentialProviderFactory
        extends SlsCredentialProviderFactory<SharedDeviceCredentialProvider> {

    public SharedDeviceCredentialProviderFactory() {
        super(SharedDeviceCredentialProvider.DEVICE, SharedDeviceCredentialProvider::new);
    }
}
