package dev.sls.ibkey.recovery;

import dev.sls.mobile.code.PendingCode;
import dev.sls.wait.WatchIds;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.SingleUseObjectProvider;

/**
 * Open recoveries between the password and the proof, in Keycloak's single-use store (cluster-wide, no
 * authentication session: the app drives them). Each lives {@link #LIFETIME_SECONDS} from the password; every rewrite
 * keeps that end; finishing removes it atomically, so of two requests with one proof only one wins.
 */
final class Recoveries {

    static final int LIFETIME_SECONDS = 600;
    private static final String PREFIX = "sls.ibkey.recovery.";

    /**
     * One recovery.
     *
     * @param credentialId the IB Key being recovered; a recovery for a key replaced meanwhile is void
     * @param proof        {@code sms} or {@code device}
     * @param code         the SMS activation token sent to the recorded number ({@code sms})
     * @param deviceType   the physical device's credential type ({@code device})
     * @param challenge    what that device was given, as its {@code RecoveryDevice} wrote it ({@code device})
     */
    record Recovery(String id, String realmId, String userId, String credentialId, long expiresAt, String proof,
                    boolean pinRequired, Optional<PendingCode> code, Optional<String> deviceType,
                    Optional<String> challenge) {
    }

    private final KeycloakSession session;

    Recoveries(KeycloakSession session) {
        this.session = session;
    }

    static String newId() {
        return WatchIds.random();
    }

    static long newExpiry() {
        return Time.currentTime() + (long) LIFETIME_SECONDS;
    }

    Optional<Recovery> find(String realmId, String id) {
        if (!WatchIds.looksValid(id)) {
            return Optional.empty();
        }
        Map<String, String> notes = store().get(PREFIX + id);
        if (notes == null || !realmId.equals(notes.get("realmId"))) {
            return Optional.empty();
        }
        long expiresAt = Long.parseLong(notes.getOrDefault("expiresAt", "0"));
        if (expiresAt <= Time.currentTime()) {
            return Optional.empty();
        }
        return Optional.of(new Recovery(id, notes.get("realmId"), notes.get("userId"), notes.get("credentialId"),
                expiresAt, notes.get("proof"), Boolean.parseBoolean(notes.get("pinRequired")),
                PendingCode.parse(notes.get("code")), Optional.ofNullable(notes.get("deviceType")),
                Optional.ofNullable(notes.get("challenge"))));
    }

    void save(Recovery recovery) {
        long remaining = recovery.expiresAt() - Time.currentTime();
        if (remaining <= 0) {
            return;
        }
        Map<String, String> notes = new HashMap<>();
        notes.put("realmId", recovery.realmId());
        notes.put("userId", recovery.userId());
        notes.put("credentialId", recovery.credentialId());
        notes.put("expiresAt", Long.toString(recovery.expiresAt()));
        notes.put("proof", recovery.proof());
        notes.put("pinRequired", Boolean.toString(recovery.pinRequired()));
        recovery.code().ifPresent(code -> notes.put("code", code.format()));
        recovery.deviceType().ifPresent(type -> notes.put("deviceType", type));
        recovery.challenge().ifPresent(challenge -> notes.put("challenge", challenge));
        store().put(PREFIX + recovery.id(), remaining, notes);
    }

    /** Ends the recovery; false when another request ended it first. */
    boolean finish(String id) {
        return store().remove(PREFIX + id) != null;
    }

    private SingleUseObjectProvider store() {
        return session.singleUseObjects();
    }
}
