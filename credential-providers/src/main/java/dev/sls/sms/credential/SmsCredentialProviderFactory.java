package dev.sls.sms.credential;

import dev.sls.core.credential.SlsCredentialProviderFactory;

public final class SmsCredentialProviderFactory extends SlsCredentialProviderFactory<SmsCredentialProvider> {

    public SmsCredentialProviderFactory() {
        super(SmsCredentialProvider.DEVICE, SmsCredentialProvider::new);
    }
}
