package dev.sls.sharing;

import dev.sls.level.DeviceLevels;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.keycloak.credential.CredentialModel;
import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * The physical devices a person holds now, each with its security level as the realm's browser flow places it (the
 * seeds' table: DSC+ highest, Security Code Card lowest).
 */
final class SharableDevices {

    /** One device a person holds: its kind, the credential, its level. */
    record Held(SharableDevice kind, CredentialModel device, int level) {
    }

    private SharableDevices() {
    }

    static Optional<SharableDevice> kind(KeycloakSession session, String credentialType) {
        return Optional.ofNullable(session.getProvider(SharableDevice.class, credentialType));
    }

    static List<Held> held(KeycloakSession session, RealmModel realm, UserModel person) {
        DeviceLevels levels = DeviceLevels.of(session, realm, realm.getBrowserFlow());
        return session.getKeycloakSessionFactory().getProviderFactoriesStream(SharableDevice.class)
                .map(factory -> session.getProvider(SharableDevice.class, factory.getId()))
                .flatMap(kind -> kind.usable(session, realm, person).stream()
                        .map(device -> new Held(kind, device, levelOf(session, levels, kind.credentialType()))))
                .toList();
    }

    /**
     * The device to share among the owner's: the most secure; among equals, one that can be shared through the
     * procedure before one that adds users in its app.
     */
    static Optional<Held> mostSecure(List<Held> held) {
        return held.stream().max(Comparator.comparingInt(Held::level)
                .thenComparing(h -> !h.kind().addsUsersInApp()));
    }

    static int levelOf(KeycloakSession session, RealmModel realm, String credentialType) {
        return levelOf(session, DeviceLevels.of(session, realm, realm.getBrowserFlow()), credentialType);
    }

    private static int levelOf(KeycloakSession session, DeviceLevels levels, String credentialType) {
        return levels.levelOf(session, credentialType).orElse(Constants.NO_LOA);
    }
}
