package dev.sls.core.choose;

import java.util.List;
import java.util.Optional;
import org.keycloak.authentication.AuthenticationFlowContext;

/**
 * Every rule a device must pass to be offered in a login: the level the login needs, then the withdrawal limits
 * (may this device confirm this amount for this person now, and if not which level is needed). A denial's message and
 * needed level reach the chooser and the "device needed" page unchanged.
 */
final class DeviceAllowances {

    private static final List<DeviceAllowance> RULES = List.of(new LevelAllowance(), new WithdrawalAllowance());

    private DeviceAllowances() {
    }

    static Optional<DeviceAllowance.Denial> deny(AuthenticationFlowContext context, DeviceOption option,
                                                 int neededLevel) {
        return RULES.stream().map(rule -> rule.deny(context, option, neededLevel)).flatMap(Optional::stream)
                .findFirst();
    }
}
