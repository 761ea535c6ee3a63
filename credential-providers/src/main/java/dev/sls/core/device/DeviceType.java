package dev.sls.core.device;

import java.util.Objects;

/**
 * What the pack knows about one kind of second-factor device, read by the consoles, the device chooser and step-up.
 *
 * @param credentialType the Keycloak credential type ({@code sls-...}), also the message-key stem for the consoles
 * @param displayName    the English name admins see (authenticator and required-action names)
 * @param setupAction    the required action that sets a device up (also the account console's "Set up")
 * @param defaultLevel   the device's security level when the realm sets none; higher is stronger (the seeds' order:
 *                       printed code card lowest, DSC+ highest)
 */
public record DeviceType(String credentialType, String displayName, String setupAction, int defaultLevel) {

    public DeviceType {
        Objects.requireNonNull(credentialType, "credentialType");
        Objects.requireNonNull(displayName, "displayName");
        if (!credentialType.startsWith("sls-")) {
            throw new IllegalArgumentException("SLS credential types start with sls-: " + credentialType);
        }
    }

    /** Message key of the name people see; Keycloak's account console reads {@code <type>-display-name}. */
    public String displayNameKey() {
        return credentialType + "-display-name";
    }

    /** Message key of the one-line description under the name in the account console. */
    public String helpTextKey() {
        return credentialType + "-help-text";
    }
}
