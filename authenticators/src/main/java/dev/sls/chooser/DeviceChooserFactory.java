package dev.sls.chooser;

import dev.sls.core.factory.SlsAuthenticatorFactory;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.KeycloakSession;

public final class DeviceChooserFactory extends SlsAuthenticatorFactory {

    public static final String PROVIDER_ID = "sls-device-chooser";
    private static final DeviceChooser CHOOSER = new DeviceChooser();

    public DeviceChooserFactory() {
        super(PROVIDER_ID, "SLS Select Second Factor Device",
                "Put it FIRST among the ALTERNATIVE device steps of a sub-flow (SLS devices, OTP Form, WebAuthn"
                        + " Authenticator). A person with several of those devices picks one; a person with one goes"
                        + " straight to it; devices below the level the login needs are not offered.",
                ChooserConfig.PROPERTIES);
    }

    @Override
    public Authenticator create(KeycloakSession session) {
        return CHOOSER;
    }

    /** The chooser checks nothing, so it counts no failures. */
    @Override
    public String getReferenceCategory() {
        return null;
    }

    @Override
    public AuthenticationExecutionModel.Requirement[] getRequirementChoices() {
        return new AuthenticationExecutionModel.Requirement[] {
            AuthenticationExecutionModel.Requirement.ALTERNATIVE, AuthenticationExecutionModel.Requirement.DISABLED};
    }

    @Override
    public boolean isUserSetupAllowed() {
        return false;
    }
}
