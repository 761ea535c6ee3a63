package dev.sls.dscplus.login;

import dev.sls.core.factory.DeviceAuthenticatorFactory;
import dev.sls.dscplus.credential.DscPlusCredentialModel;
import dev.sls.dscplus.credential.DscPlusCredentialProvider;

public final class DscPlusAuthenticatorFactory extends DeviceAuthenticatorFactory {

    public static final String PROVIDER_ID = "sls-dscplus-authenticator";

    public DscPlusAuthenticatorFactory() {
        super(PROVIDER_ID, DscPlusCredentialProvider.DEVICE, "SLS DSC+ card",
                "Shows a 6-digit challenge; the person types the response their DSC+ card computes ("
                        + DscPlusCredentialModel.TYPE + ").",
                new DscPlusAuthenticator(), DscPlusLoginConfig.PROPERTIES);
    }
}
