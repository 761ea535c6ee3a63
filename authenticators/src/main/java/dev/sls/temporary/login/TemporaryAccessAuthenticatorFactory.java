package dev.sls.temporary.login;

import dev.sls.core.factory.DeviceAuthenticatorFactory;
import dev.sls.temporary.credential.TemporaryAccessCredentialModel;
import dev.sls.temporary.credential.TemporaryAccessCredentialProvider;
import java.util.List;

public final class TemporaryAccessAuthenticatorFactory extends DeviceAuthenticatorFactory {

    public static final String PROVIDER_ID = "sls-temporary-access-authenticator";

    public TemporaryAccessAuthenticatorFactory() {
        super(PROVIDER_ID, TemporaryAccessCredentialProvider.DEVICE, "SLS temporary access",
                "Asks for the helpdesk's temporary code or the codes of the online security code card ("
                        + TemporaryAccessCredentialModel.TYPE + ").",
                new TemporaryAccessAuthenticator(), List.of());
    }

    /** Temporary access is only ever issued by the helpdesk: a person cannot set it up. */
    @Override
    public boolean isUserSetupAllowed() {
        return false;
    }
}
