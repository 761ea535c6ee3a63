package dev.sls.binding;

import dev.sls.core.factory.SlsRequiredActionFactory;
import java.util.List;

/** Registers {@link RemoveDeviceAction} as {@value #PROVIDER_ID}; the realm must list (enable) it. */
public final class RemoveDeviceActionFactory extends SlsRequiredActionFactory {

    public static final String PROVIDER_ID = "sls-remove-device";
    public static final String DISPLAY_NAME = "SLS: Remove a device";

    public RemoveDeviceActionFactory() {
        super(PROVIDER_ID, DISPLAY_NAME, new RemoveDeviceAction(), List.of(), (id, model) -> { });
    }
}
