package dev.sls.chooser;

import java.util.Comparator;
import java.util.Optional;
import org.keycloak.authentication.AuthenticationFlowContext;

/**
 * Every rule a device must pass to be offered in a login, in the order of their factories: the level the login
 * needs first ({@link LevelAllowance}), then what capabilities add (the withdrawal limits: may this device confirm
 * this amount for this person now, and if not which level is needed). A denial's message and needed level reach the
 * chooser and the "device needed" page unchanged.
 */
final class DeviceAllowances {

    private DeviceAllowances() {
    }

    static Optional<DeviceAllowance.Denial> deny(AuthenticationFlowContext context, DeviceOption option,
                                                 int neededLevel) {
        return context.getSession().getKeycloakSessionFactory().getProviderFactoriesStream(DeviceAllowance.class)
                .map(DeviceAllowanceFactory.class::cast)
                .sorted(Comparator.comparingInt(DeviceAllowanceFactory::order).reversed())
                .map(factory -> factory.create(context.getSession()))
                .map(rule -> rule.deny(context, option, neededLevel)).flatMap(Optional::stream)
                .findFirst();
    }
}
