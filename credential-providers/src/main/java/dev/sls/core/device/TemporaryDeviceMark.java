package dev.sls.core.device;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.keycloak.common.util.Time;
import org.keycloak.credential.CredentialModel;
import org.keycloak.models.UserModel;
import org.keycloak.util.JsonSerialization;

/**
 * Whether a user has a temporary device (helpdesk temporary code or online security code card) assigned: a stored
 * credential of {@link #CREDENTIAL_TYPE} whose {@link #EXPIRES_AT} lies ahead. Later features read it (device
 * sharing is refused to such users) without depending on the device that writes it.
 */
public final class TemporaryDeviceMark {

    public static final String CREDENTIAL_TYPE = "sls-temporary-access";
    /** Field of the credential data: epoch seconds after which the temporary device no longer works. */
    public static final String EXPIRES_AT = "expiresAt";

    private TemporaryDeviceMark() {
    }

    public static boolean isAssigned(UserModel user) {
        long now = Time.currentTime();
        return user.credentialManager().getStoredCredentialsByTypeStream(CREDENTIAL_TYPE)
                .anyMatch(credential -> expiresAt(credential) > now);
    }

    /** The expiry in epoch seconds, or 0 when the stored data does not say. */
    public static long expiresAt(CredentialModel credential) {
        try {
            JsonNode data = JsonSerialization.readValue(credential.getCredentialData(), JsonNode.class);
            return data == null ? 0 : data.path(EXPIRES_AT).asLong(0);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
