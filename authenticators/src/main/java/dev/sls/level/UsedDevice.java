package dev.sls.level;

import java.util.Optional;
import org.keycloak.common.util.Time;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * The second-factor device a login used, as the token claim {@code sls_device} reports it. Kept as a note of this
 * client's session (what this login used) and of the user session (the last device of the session, for logins by
 * single sign-on); neither holds anything secret.
 *
 * @param credentialType the credential type, e.g. {@code sls-ib-key}
 * @param credentialId   the credential's id, or null when Keycloak's step does not say which of several it was
 * @param level          the device's security level, or null when the flow gives it none
 */
public record UsedDevice(String credentialType, String credentialId, Integer level) {

    public static final String NOTE = "sls.device";
    /** User-session note: when (epoch seconds) the session's last device was proven, for steps that need it recent. */
    public static final String PROVEN_AT_NOTE = "sls.device.at";

    /** The note's value, read back by {@link #parse}. */
    String note() {
        return credentialType + "|" + (credentialId == null ? "" : credentialId) + "|" + (level == null ? "" : level);
    }

    void store(AuthenticationSessionModel authSession) {
        String value = note();
        authSession.setClientNote(NOTE, value);
        authSession.setUserSessionNote(NOTE, value);
        authSession.setUserSessionNote(PROVEN_AT_NOTE, String.valueOf(Time.currentTime()));
    }

    /** Reads a note written by {@link #store}; anything else is empty. */
    public static Optional<UsedDevice> parse(String note) {
        if (note == null) {
            return Optional.empty();
        }
        String[] parts = note.split("\\|", -1);
        if (parts.length != 3 || parts[0].isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new UsedDevice(parts[0], parts[1].isEmpty() ? null : parts[1],
                    parts[2].isEmpty() ? null : Integer.valueOf(parts[2])));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
