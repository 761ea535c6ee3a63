package dev.sls.withdrawal;

import dev.sls.chooser.DeviceAllowance;
import dev.sls.chooser.DeviceAllowanceFactory;
import org.keycloak.models.KeycloakSession;

/** Greys, in the chooser, the devices that may not confirm the withdrawal this login asks for. */
public final class WithdrawalAllowanceFactory implements DeviceAllowanceFactory {

    private static final WithdrawalAllowance RULE = new WithdrawalAllowance();

    @Override
    public DeviceAllowance create(KeycloakSession session) {
        return RULE;
    }

    @Override
    public String getId() {
        return "sls-withdrawal";
    }

    @Override
    public int order() {
        return 50;
    }
}
