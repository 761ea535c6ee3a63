package dev.sls.recovery;

import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/** The physical devices installed that can prove a recovery (authenticator factories implementing RecoveryDevice). */
public final class RecoveryDevices {

    private RecoveryDevices() {
    }

    /** The device of {@code type}, if one is installed. */
    public static Optional<RecoveryDevice> ofType(KeycloakSession session, String type) {
        return all(session).filter(device -> device.credentialType().equals(type)).findFirst();
    }

    /**
     * A challenge from the first active physical device the person holds (by credential type, so the choice is
     * stable), with that device.
     */
    public static Optional<Offered> offer(KeycloakSession session, RealmModel realm, UserModel user) {
        return all(session).sorted(Comparator.comparing(RecoveryDevice::credentialType))
                .flatMap(device -> device.challenge(session, realm, user).map(c -> new Offered(device, c)).stream())
                .findFirst();
    }

    /** A device and the challenge it gave. */
    public record Offered(RecoveryDevice device, RecoveryChallenge challenge) {
    }

    private static Stream<RecoveryDevice> all(KeycloakSession session) {
        return session.getKeycloakSessionFactory().getProviderFactoriesStream(Authenticator.class)
                .filter(RecoveryDevice.class::isInstance).map(RecoveryDevice.class::cast);
    }
}
