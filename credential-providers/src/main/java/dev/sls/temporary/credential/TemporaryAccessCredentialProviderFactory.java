package dev.sls.temporary.credential;

import dev.sls.core.credential.SlsCredentialProviderFactory;

public final class TemporaryAccessCredentialProviderFactory
        extends SlsCredentialProviderFactory<TemporaryAccessCredentialProvider> {

    public TemporaryAccessCredentialProviderFactory() {
        super(TemporaryAccessCredentialProvider.DEVICE, TemporaryAccessCredentialProvider::new);
    }
}
