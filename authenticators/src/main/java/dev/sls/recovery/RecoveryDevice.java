package dev.sls.recovery;

import java.util.Optional;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * A physical device that can prove a phone recovery instead of an SMS (the seeds: "the system will automatically
 * prompt you to operate your physical security device instead of sending you a text message"). Implemented by the
 * device's authenticator factory; found by {@link RecoveryDevices}. The caller keeps the challenge server-side, counts
 * a wrong response in the brute-force record and uses each challenge once.
 */
public interface RecoveryDevice {

    /** The credential type of the device. */
    String credentialType();

    /** A fresh challenge for the person's active device of this kind, when they hold one usable now. */
    Optional<RecoveryChallenge> challenge(KeycloakSession session, RealmModel realm, UserModel user);

    /** Whether {@code typed} is the device's response to {@code challenge} (already typed by the person). */
    boolean verify(KeycloakSession session, RealmModel realm, UserModel user, RecoveryChallenge challenge,
                   String typed);
}
