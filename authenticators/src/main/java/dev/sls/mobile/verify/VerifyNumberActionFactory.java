package dev.sls.mobile.verify;

import dev.sls.core.factory.SlsRequiredActionFactory;
import dev.sls.mobile.settings.PhoneSettings;
import dev.sls.mobile.settings.PhoneSettingsCheck;
import dev.sls.mobile.settings.PhoneSettingsProperties;

/** "Verify mobile number"; its config is also the realm's phone settings (sender, policy, limits). */
public final class VerifyNumberActionFactory extends SlsRequiredActionFactory {

    public static final String PROVIDER_ID = PhoneSettings.ACTION;
    /** The name admins see; the demo realm's JSON gives the same one. */
    public static final String DISPLAY_NAME = "SLS: Verify mobile number";

    public VerifyNumberActionFactory() {
        super(PROVIDER_ID, DISPLAY_NAME, new VerifyNumberAction(), PhoneSettingsProperties.all(),
                PhoneSettingsCheck::validate);
    }
}
