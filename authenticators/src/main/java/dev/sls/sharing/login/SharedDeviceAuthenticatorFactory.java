package dev.sls.sharing.login;

import dev.sls.core.factory.DeviceAuthenticatorFactory;
import dev.sls.sharing.credential.SharedDeviceCredentialProvider;
import java.util.List;

public final class SharedDeviceAuthenticatorFactory extends DeviceAuthenticatorFactory {

    public static final String PROVIDER_ID = "sls-shared-device-authenticator";

    public SharedDeviceAuthenticatorFactory() {
        super(PROVIDER_ID, SharedDeviceCredentialProvider.DEVICE, "SLS shared device",
                "Login with a physical device another username of the same individual shares (the owner's DSC+ or"
                        + " Security Code Card), at that device's level.",
                new SharedDeviceAuthenticator(), List.of());
    }
}
