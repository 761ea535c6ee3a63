package dev.sls.chooser;

import java.util.Optional;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.credential.CredentialModel;

/**
 * A device's login step that tells the chooser how a person's device stands right now. Steps that do not implement it
 * (Keycloak's own OTP and WebAuthn) are listed by their credentials' labels and always as usable.
 */
public interface ChoosableDevice {

    /** What the person knows the device by: a name, a masked number, the tail of a serial. */
    String describe(AuthenticationFlowContext context, CredentialModel credential);

    /** Whether the device can complete a login now, and what to tell the person about it. */
    DeviceStatus status(AuthenticationFlowContext context, CredentialModel credential);

    /**
     * The device type whose security level this credential has, when it logs in with a device of another type (a
     * shared device: the owner's DSC+ or card); empty for the step's own type.
     */
    default Optional<String> actsAs(AuthenticationFlowContext context, CredentialModel credential) {
        return Optional.empty();
    }
}
