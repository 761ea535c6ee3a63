package dev.sls.ibkey.registration;

import dev.sls.mobile.code.PendingCode;
import dev.sls.wait.WatchIds;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.SingleUseObjectProvider;

/**
 * In-app registrations between the password and the activation code, in Keycloak's single-use store (cluster-wide).
 * Each lives {@link #LIFETIME_SECONDS} from the password; every rewrite keeps that end.
 */
final class AppRegistrations {

    static final int LIFETIME_SECONDS = 600;
    private static final String PREFIX = "sls.ibkey.registration.";

    /**
     * One registration.
     *
     * @param pendingCode the SMS code sent and not yet used, if any
     * @param newNumber   a number typed in the app (not yet the user's); verified when its code comes back
     */
    record Registration(String id, String realmId, String userId, long expiresAt, Optional<PendingCode> pendingCode,
                        Optional<String> newNumber) {

        Registration withCode(PendingCode code, String typedNumber) {
            return new Registration(id, realmId, userId, expiresAt, Optional.of(code), Optional.ofNullable(typedNumber));
        }

        Registration withoutCode() {
            return new Registration(id, realmId, userId, expiresAt, Optional.empty(), Optional.empty());
        }
    }

    private final KeycloakSession session;

    AppRegistrations(KeycloakSession session) {
        this.session = session;
    }

    Registration create(String realmId, String userId) {
        Registration created = new Registration(WatchIds.random(), realmId, userId,
                Time.currentTime() + (long) LIFETIME_SECONDS, Optional.empty(), Optional.empty());
        save(created);
        return created;
    }

    /** The registration {@code id} of this realm, if it is still alive. */
    Optional<Registration> find(String realmId, String id) {
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
        return Optional.of(new Registration(id, notes.get("realmId"), notes.get("userId"), expiresAt,
                PendingCode.parse(notes.get("code")), Optional.ofNullable(notes.get("newNumber"))));
    }

    void save(Registration registration) {
        long remaining = registration.expiresAt() - Time.currentTime();
        if (remaining <= 0) {
            return;
        }
        Map<String, String> notes = new HashMap<>();
        notes.put("realmId", registration.realmId());
        notes.put("userId", registration.userId());
        notes.put("expiresAt", Long.toString(registration.expiresAt()));
        registration.pendingCode().ifPresent(code -> notes.put("code", code.format()));
        registration.newNumber().ifPresent(number -> notes.put("newNumber", number));
        store().put(PREFIX + registration.id(), remaining, notes);
    }

    /** Ends the registration; false when another request ended it first. */
    boolean finish(Registration registration) {
        return store().remove(PREFIX + registration.id()) != null;
    }

    private SingleUseObjectProvider store() {
        return session.singleUseObjects();
    }
}
