package dev.sls.settings;

import dev.sls.core.factory.SlsRequiredActionFactory;
import java.util.List;

/** Registers {@link SettingsAction} as {@value #PROVIDER_ID}; the realm must list (enable) it. */
public final class SettingsActionFactory extends SlsRequiredActionFactory {

    public static final String PROVIDER_ID = "sls-settings";
    public static final String DISPLAY_NAME = "SLS: Secure Login settings";

    public SettingsActionFactory() {
        super(PROVIDER_ID, DISPLAY_NAME, new SettingsAction(), List.of(), (id, model) -> { });
    }
}
