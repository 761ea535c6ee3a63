package dev.sls.chooser;

import java.util.List;
import java.util.Optional;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.models.Constants;

/** A device below the level this login needs (the step-up sub-flow's, or the level the application asked for). */
final class LevelAllowance implements DeviceAllowance {

    static final String BELOW_LEVEL = "slsChooserBelowLevel";

    @Override
    public Optional<Denial> deny(AuthenticationFlowContext context, DeviceOption option, int neededLevel) {
        if (neededLevel <= Constants.MINIMUM_LOA || option.level() != null && option.level() >= neededLevel) {
            return Optional.empty();
        }
        return Optional.of(new Denial(BELOW_LEVEL, List.of(String.valueOf(neededLevel)), neededLevel,
                DeviceNeededPage.DEVICE_NEEDED));
    }
}
