package dev.sls.sms.login;

import dev.sls.core.factory.DeviceAuthenticatorFactory;
import dev.sls.sms.credential.SmsCredentialModel;
import dev.sls.sms.credential.SmsCredentialProvider;
import java.util.List;

/** Its settings (sender, limits, code lifetime) are the realm's phone settings, on "Verify mobile number". */
public final class SmsAuthenticatorFactory extends DeviceAuthenticatorFactory {

    public static final String PROVIDER_ID = "sls-sms-authenticator";

    public SmsAuthenticatorFactory() {
        super(PROVIDER_ID, SmsCredentialProvider.DEVICE, "SLS SMS and voice codes",
                "Sends a security code by SMS to the user's verified mobile number (" + SmsCredentialModel.TYPE
                        + "), with SMS again or a voice callback when it does not arrive. Sender, limits and code"
                        + " lifetime are set on the required action 'SLS: Verify mobile number'.",
                new SmsAuthenticator(), List.of());
    }
}
