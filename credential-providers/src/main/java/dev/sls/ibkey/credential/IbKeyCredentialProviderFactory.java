package dev.sls.ibkey.credential;

import dev.sls.core.credential.SlsCredentialProviderFactory;

public final class IbKeyCredentialProviderFactory extends SlsCredentialProviderFactory<IbKeyCredentialProvider> {

    public IbKeyCredentialProviderFactory() {
        super(IbKeyCredentialProvider.DEVICE, IbKeyCredentialProvider::new);
    }
}
