package dev.sls.chooser;

import org.keycloak.models.KeycloakSession;

/** The level rule comes first: a device below the login's level is refused for that reason whatever else applies. */
public final class LevelAllowanceFactory implements DeviceAllowanceFactory {

    private static final LevelAllowance RULE = new LevelAllowance();

    @Override
    public DeviceAllowance create(KeycloakSession session) {
        return RULE;
    }

    @Override
    public String getId() {
        return "sls-level";
    }

    @Override
    public int order() {
        return 100;
    }
}
