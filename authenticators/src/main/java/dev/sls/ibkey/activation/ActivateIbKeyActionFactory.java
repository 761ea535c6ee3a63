package dev.sls.ibkey.activation;

import dev.sls.core.factory.SlsRequiredActionFactory;
import dev.sls.ibkey.credential.IbKeyCredentialProvider;

public final class ActivateIbKeyActionFactory extends SlsRequiredActionFactory {

    public static final String PROVIDER_ID = IbKeyCredentialProvider.ACTIVATE_ACTION;
    /** The name admins see; the demo realm's JSON gives the same one. */
    public static final String DISPLAY_NAME = "SLS: Activate IB Key";

    public ActivateIbKeyActionFactory() {
        super(PROVIDER_ID, DISPLAY_NAME, new ActivateIbKeyAction(), IbKeyActivationConfig.properties(),
                IbKeyActivationConfig::validate);
    }
}
