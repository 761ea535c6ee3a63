package dev.sls.chooser;

import java.util.List;
import java.util.Optional;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.provider.Provider;

/**
 * A rule that keeps a device out of this login even though the person holds it: the level the login needs, and
 * whatever else the realm demands (a capability adds its rule as a provider of the SPI {@value DeviceAllowanceSpi#NAME},
 * see {@link DeviceAllowances}). A refused device is listed, greyed, with the reason; when no device is left the
 * person gets the "device needed" page with the reason.
 */
public interface DeviceAllowance extends Provider {

    /** Why {@code option} may not be used for this login, or empty when it may. */
    Optional<Denial> deny(AuthenticationFlowContext context, DeviceOption option, int neededLevel);

    @Override
    default void close() {
        // rules hold nothing per session
    }

    /**
     * A refusal as the person reads it.
     *
     * @param messageKey  what the chooser and the "device needed" page say
     * @param arguments   the message's arguments
     * @param neededLevel the level a device must reach instead, so the page can name such devices
     * @param cancelCode  what the {@code error_description} starts with when the person leaves the "device needed"
     *                    page because of this rule (e.g. {@code device_needed}, {@code withdrawal_limit})
     */
    record Denial(String messageKey, List<String> arguments, int neededLevel, String cancelCode) {

        public Denial {
            arguments = List.copyOf(arguments);
        }
    }
}
