package dev.sls.ibkey.activation;

import dev.sls.ibkey.protocol.ActivationCode;
import dev.sls.ibkey.protocol.api.IbKeyErrorCode;
import dev.sls.rest.ApiException;
import dev.sls.wait.WatchIds;
import dev.sls.wait.WatchState;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.SingleUseObjectProvider;
import org.keycloak.models.UserModel;

/**
 * Activation codes in the cluster-wide single-use store. Redeeming removes the code atomically, so of two phones
 * presenting one code exactly one wins. Markers kept for a day tell a used code from an expired one, so the phone
 * can be told which of the two happened.
 */
public final class ActivationCodes {

    /** What the activation page's watch is settled with once the phone is registered. */
    public static final WatchState ACTIVATED = WatchState.settled("activated");

    private static final String LIVE = "sls.ibkey.activation.";
    private static final String ISSUED = "sls.ibkey.activation-issued.";
    private static final String USED = "sls.ibkey.activation-used.";
    private static final long MARKER_SECONDS = 24 * 3600;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final KeycloakSession session;

    public ActivationCodes(KeycloakSession session) {
        this.session = session;
    }

    public IssuedActivation issue(RealmModel realm, UserModel user, int lifetimeSeconds) {
        return issue(realm, user, lifetimeSeconds, ActivationOrigin.QR);
    }

    public IssuedActivation issue(RealmModel realm, UserModel user, int lifetimeSeconds, ActivationOrigin origin) {
        ActivationCode code = ActivationCode.random(RANDOM);
        String watchId = WatchIds.random();
        long expiresAt = Time.currentTime() + (long) lifetimeSeconds;
        Map<String, String> notes = new HashMap<>(origin.notes());
        notes.put("realmId", realm.getId());
        notes.put("userId", user.getId());
        notes.put("watchId", watchId);
        store().put(LIVE + code.canonical(), lifetimeSeconds, notes);
        store().put(ISSUED + code.canonical(), MARKER_SECONDS, Map.of());
        return new IssuedActivation(code, watchId, expiresAt);
    }

    /**
     * Takes the code out of the store, or explains why it cannot be used. The "used" marker is the claim: it is
     * written at once with putIfAbsent, so of two phones racing for one code the loser is told it was used.
     */
    public PendingActivation redeem(RealmModel realm, ActivationCode code) {
        Map<String, String> live = store().get(LIVE + code.canonical());
        if (live == null) {
            throw whyNot(code);
        }
        if (!realm.getId().equals(live.get("realmId"))) {
            throw unknown();
        }
        if (!store().putIfAbsent(USED + code.canonical(), MARKER_SECONDS)) {
            throw used();
        }
        Map<String, String> notes = store().remove(LIVE + code.canonical());
        if (notes == null) {
            throw expired();
        }
        return new PendingActivation(notes.get("realmId"), notes.get("userId"), notes.get("watchId"),
                ActivationOrigin.of(notes));
    }

    private ApiException whyNot(ActivationCode code) {
        if (store().contains(USED + code.canonical())) {
            return used();
        }
        return store().contains(ISSUED + code.canonical()) ? expired() : unknown();
    }

    private static ApiException used() {
        return new ApiException(IbKeyErrorCode.ACTIVATION_CODE_USED,
                "This activation code has already been used. Ask for a new code on the activation page.");
    }

    private static ApiException expired() {
        return new ApiException(IbKeyErrorCode.ACTIVATION_CODE_EXPIRED,
                "This activation code has expired. The activation page shows a new code.");
    }

    private static ApiException unknown() {
        return new ApiException(IbKeyErrorCode.ACTIVATION_CODE_UNKNOWN, "No such activation code.");
    }

    private SingleUseObjectProvider store() {
        return session.singleUseObjects();
    }
}
