package dev.sls.ibkey.device;

import dev.sls.ibkey.credential.IbKeyCredentialModel;
import org.keycloak.models.UserModel;

/**
 * A phone as the device API addresses it. Keycloak finds credentials through their user, so the handle the phone
 * uses is {@code <userId>.<credentialId>}; it carries no secret.
 */
public record IbKeyDevice(UserModel user, IbKeyCredentialModel key) {

    public String handle() {
        return handle(user.getId(), key.getId());
    }

    public static String handle(String userId, String credentialId) {
        return userId + "." + credentialId;
    }
}
