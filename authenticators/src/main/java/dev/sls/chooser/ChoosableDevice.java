package dev.sls.chooser;

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
}
