package dev.sls.level;

import dev.sls.core.factory.SlsConditionFactory;
import java.util.List;
import org.keycloak.authentication.AuthenticationFlowCallbackFactory;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.authenticators.conditional.ConditionalAuthenticator;
import org.keycloak.models.KeycloakSession;

public final class DeviceLevelConditionFactory extends SlsConditionFactory
        implements AuthenticationFlowCallbackFactory {

    public static final String PROVIDER_ID = "sls-condition-device-level";

    public DeviceLevelConditionFactory() {
        super(PROVIDER_ID, "SLS Condition - device level",
                "Put it in every sub-flow that offers second-factor devices. When the sub-flow succeeds it records the"
                        + " level of the device used (Keycloak's Level of Authentication, so acr says it) and which"
                        + " device it was (the sls_device claim). Holds while no device of this login has reached the"
                        + " level of its sub-flow yet.",
                List.of());
    }

    @Override
    public Authenticator create(KeycloakSession session) {
        return new DeviceLevelCondition(session);
    }

    @Override
    public ConditionalAuthenticator getSingleton() {
        return new DeviceLevelCondition(null);
    }
}
