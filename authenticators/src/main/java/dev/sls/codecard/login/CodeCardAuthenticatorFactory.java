package dev.sls.codecard.login;

import dev.sls.codecard.credential.CodeCardCredentialModel;
import dev.sls.codecard.credential.CodeCardCredentialProvider;
import dev.sls.core.factory.DeviceAuthenticatorFactory;

public final class CodeCardAuthenticatorFactory extends DeviceAuthenticatorFactory {

    public static final String PROVIDER_ID = "sls-code-card-authenticator";

    public CodeCardAuthenticatorFactory() {
        super(PROVIDER_ID, CodeCardCredentialProvider.DEVICE, "SLS Security Code Card",
                "Asks for the codes printed at random index numbers of the user's Security Code Card ("
                        + CodeCardCredentialModel.TYPE + ").",
                new CodeCardAuthenticator(), CodeCardLoginConfig.PROPERTIES);
    }
}
