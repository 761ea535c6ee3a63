package dev.sls.optout;

import dev.sls.core.factory.SlsRequiredActionFactory;
import java.util.List;

/** Registers {@link OptOutAction} as {@value #PROVIDER_ID}; the realm must list (enable) it. */
public final class OptOutActionFactory extends SlsRequiredActionFactory {

    public static final String PROVIDER_ID = "sls-opt-out";
    public static final String DISPLAY_NAME = "SLS: Secure Login Settings (opt out, opt back in)";

    public OptOutActionFactory() {
        super(PROVIDER_ID, DISPLAY_NAME, new OptOutAction(), List.of(), (id, model) -> { });
    }
}
