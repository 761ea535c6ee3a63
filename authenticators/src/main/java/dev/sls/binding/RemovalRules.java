package dev.sls.binding;

import dev.sls.level.DeviceLevels;
import java.util.Optional;
import org.keycloak.credential.CredentialModel;
import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Whether a person may remove one of their SLS devices: this login proved, recently, a device of at least that device's
 * level; and another second factor keeps the person at the realm's required level (the lowest level the browser flow
 * configures; any second factor when the flow uses no levels).
 */
final class RemovalRules {

    enum Outcome { ALLOWED, NOT_FOUND, NEEDS_DEVICE, KEEPS_LEVEL }

    private RemovalRules() {
    }

    static Optional<CredentialModel> device(UserModel user, String credentialId) {
        if (credentialId == null || credentialId.length() > 64) {
            return Optional.empty();
        }
        return Optional.ofNullable(user.credentialManager().getStoredCredentialById(credentialId))
                .filter(credential -> credential.getType() != null && credential.getType().startsWith("sls-")
                        && BindingHistory.isSecondFactor(credential.getType()));
    }

    static Outcome check(KeycloakSession session, RealmModel realm, UserModel user,
                         AuthenticationSessionModel authSession, String credentialId) {
        Optional<CredentialModel> device = device(user, credentialId);
        if (device.isEmpty()) {
            return Outcome.NOT_FOUND;
        }
        int level = DeviceProof.levelOf(session, realm, device.get().getType());
        boolean proven = DeviceProof.of(session, realm, authSession, user)
                .filter(proof -> proof.recentWithin(BindingSettings.maxAgeSeconds(realm)))
                .filter(proof -> proof.level() >= level)
                .isPresent();
        if (!proven) {
            return Outcome.NEEDS_DEVICE;
        }
        return anotherKeepsLevel(session, realm, user, device.get()) ? Outcome.ALLOWED : Outcome.KEEPS_LEVEL;
    }

    private static boolean anotherKeepsLevel(KeycloakSession session, RealmModel realm, UserModel user,
                                             CredentialModel removed) {
        DeviceLevels levels = DeviceLevels.of(session, realm, realm.getBrowserFlow());
        int required = levels.inUse() ? levels.maxAges().firstKey() : Constants.NO_LOA;
        return user.credentialManager().getStoredCredentialsStream()
                .filter(other -> !other.getId().equals(removed.getId()))
                .filter(other -> BindingHistory.isSecondFactor(other.getType()))
                .anyMatch(other -> DeviceProof.levelOf(session, realm, other.getType()) >= required);
    }
}
