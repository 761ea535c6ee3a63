package dev.sls.dscplus.activation;

import dev.sls.core.factory.SlsRequiredActionFactory;
import dev.sls.dscplus.credential.DscPlusCredentialProvider;

public final class ActivateDscPlusActionFactory extends SlsRequiredActionFactory {

    public static final String PROVIDER_ID = DscPlusCredentialProvider.ACTIVATE_ACTION;
    /** The name admins see; the demo realm's JSON gives the same one. */
    public static final String DISPLAY_NAME = "SLS: Activate DSC+";

    public ActivateDscPlusActionFactory() {
        super(PROVIDER_ID, DISPLAY_NAME, new ActivateDscPlusAction(), DscPlusActivationConfig.properties(),
                DscPlusActivationConfig::validate);
    }
}
