package dev.sls.binding;

import dev.sls.level.DeviceLevels;
import dev.sls.level.UsedDevice;
import java.util.Optional;
import org.keycloak.common.util.Time;
import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * A device this login proved: in this very authentication (the level step's note on the authentication session), or
 * earlier in the same single-sign-on session (its user-session notes, with the time). A password-only login, a direct
 * grant or a token never yields one.
 *
 * @param credentialType the device's credential type (temporary access included: Client Services issued it)
 * @param level          the device's level in the realm's browser flow ({@link Constants#NO_LOA} when it has none)
 * @param provenAt       epoch seconds
 */
public record DeviceProof(String credentialType, int level, long provenAt) {

    public static Optional<DeviceProof> of(KeycloakSession session, RealmModel realm,
                                           AuthenticationSessionModel authSession, UserModel user) {
        if (authSession == null || user == null) {
            return Optional.empty();
        }
        Optional<UsedDevice> now = UsedDevice.parse(authSession.getClientNote(UsedDevice.NOTE));
        if (now.isPresent()) {
            return Optional.of(from(session, realm, now.get(), Time.currentTime()));
        }
        UserSessionModel userSession = session.sessions().getUserSession(realm, authSession.getParentSession().getId());
        if (userSession == null || userSession.getUser() == null || !user.getId().equals(userSession.getUser().getId())) {
            return Optional.empty();
        }
        Optional<UsedDevice> earlier = UsedDevice.parse(userSession.getNote(UsedDevice.NOTE));
        long at = parseTime(userSession.getNote(UsedDevice.PROVEN_AT_NOTE));
        return earlier.filter(device -> at > 0).map(device -> from(session, realm, device, at));
    }

    /**
     * A device that proved itself outside any login, by a request the device API checked as signed by it (an IB Key
     * transfer offer): its level as the realm's browser flow places it.
     */
    public static DeviceProof signedBy(KeycloakSession session, RealmModel realm, String credentialType,
                                       long provenAt) {
        return new DeviceProof(credentialType, levelOf(session, realm, credentialType), provenAt);
    }

    private static DeviceProof from(KeycloakSession session, RealmModel realm, UsedDevice device, long at) {
        int level = device.level() != null ? device.level()
                : levelOf(session, realm, device.credentialType());
        return new DeviceProof(device.credentialType(), level, at);
    }

    static int levelOf(KeycloakSession session, RealmModel realm, String credentialType) {
        return DeviceLevels.of(session, realm, realm.getBrowserFlow()).levelOf(session, credentialType)
                .orElse(Constants.NO_LOA);
    }

    public boolean recentWithin(int maxAgeSeconds) {
        return Time.currentTime() - provenAt <= maxAgeSeconds;
    }

    private static long parseTime(String raw) {
        try {
            return raw == null ? 0 : Long.parseLong(raw);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
