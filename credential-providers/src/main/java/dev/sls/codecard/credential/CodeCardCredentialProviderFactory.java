package dev.sls.codecard.credential;

import dev.sls.core.credential.SlsCredentialProviderFactory;

public final class CodeCardCredentialProviderFactory extends SlsCredentialProviderFactory<CodeCardCredentialProvider> {

    public CodeCardCredentialProviderFactory() {
        super(CodeCardCredentialProvider.DEVICE, CodeCardCredentialProvider::new);
    }
}
