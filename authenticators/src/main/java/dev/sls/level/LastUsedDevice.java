package dev.sls.level;

import java.util.Optional;
import org.keycloak.models.UserModel;

/**
 * The credential a person last logged in with, so the chooser can select it first. One user attribute, written only
 * when it changes (a person who always uses the same device costs no write).
 */
public final class LastUsedDevice {

    public static final String ATTRIBUTE = "slsLastDevice";
    private static final int MAX_LENGTH = 64;

    private LastUsedDevice() {
    }

    public static Optional<String> of(UserModel user) {
        return Optional.ofNullable(user.getFirstAttribute(ATTRIBUTE)).filter(value -> !value.isBlank());
    }

    static void remember(UserModel user, String credentialId) {
        if (credentialId == null || credentialId.isBlank() || credentialId.length() > MAX_LENGTH
                || of(user).filter(credentialId::equals).isPresent()) {
            return;
        }
        user.setSingleAttribute(ATTRIBUTE, credentialId);
    }
}
