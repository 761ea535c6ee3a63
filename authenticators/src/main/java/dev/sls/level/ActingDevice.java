package dev.sls.level;

import java.util.Optional;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * A login step that proved a device of another type than its own (the shared-device step proves the owner's DSC+ or
 * card) says so here, so the level and the {@code sls_device} claim are those of the device actually proved. Read
 * once, when the step's sub-flow succeeds.
 */
public final class ActingDevice {

    private static final String NOTE = "sls.device.acting";

    private ActingDevice() {
    }

    /** Called by the step right before it reports success. */
    public static void proved(AuthenticationSessionModel authSession, String credentialType) {
        authSession.setAuthNote(NOTE, credentialType);
    }

    static Optional<String> take(AuthenticationSessionModel authSession) {
        String type = authSession.getAuthNote(NOTE);
        authSession.removeAuthNote(NOTE);
        return Optional.ofNullable(type).filter(t -> t.startsWith("sls-"));
    }
}
