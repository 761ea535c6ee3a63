package dev.sls.sharing;

import dev.sls.core.factory.SlsRequiredActionFactory;
import java.util.List;

/** Registers {@link ShareDeviceAction} as {@value #PROVIDER_ID}; the realm must list (enable) it. */
public final class ShareDeviceActionFactory extends SlsRequiredActionFactory {

    public static final String PROVIDER_ID = "sls-share-device";
    public static final String DISPLAY_NAME = "SLS: Share a device of another username";

    public ShareDeviceActionFactory() {
        super(PROVIDER_ID, DISPLAY_NAME, new ShareDeviceAction(), List.of(), (id, model) -> { });
    }
}
