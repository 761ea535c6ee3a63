package dev.sls.recovery;

import java.util.Optional;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * Consecutive wrong recovery PINs of a person's phone key (NIST SP 800-63B-4 §3.2.10): after {@value #MAX_FAILURES}
 * in a row, recovery by PIN is blocked for that key until Client Services resets it; a right PIN starts the count
 * again. Kept in a user attribute the user profile does not declare ({@code <credential id>|<count>}), so neither the
 * person nor a token sees it; a newer key starts from zero.
 */
public final class RecoveryPinGuard {

    public static final int MAX_FAILURES = 10;
    static final String ATTRIBUTE = "slsRecoveryPinFailures";

    private RecoveryPinGuard() {
    }

    public static int failures(UserModel user, String credentialId) {
        return parse(user.getFirstAttribute(ATTRIBUTE)).filter(c -> c.credentialId().equals(credentialId))
                .map(Count::failures).orElse(0);
    }

    public static boolean blocked(UserModel user, String credentialId) {
        return failures(user, credentialId) >= MAX_FAILURES;
    }

    /**
     * Counts one wrong PIN in a transaction of its own (the refused request's is rolled back); returns the new count.
     */
    public static int recordFailure(KeycloakSession session, RealmModel realm, UserModel user, String credentialId) {
        String realmId = realm.getId();
        String userId = user.getId();
        int[] count = new int[1];
        KeycloakModelUtils.runJobInTransaction(session.getKeycloakSessionFactory(), own -> {
            RealmModel ownRealm = own.realms().getRealm(realmId);
            own.getContext().setRealm(ownRealm);
            UserModel ownUser = own.users().getUserById(ownRealm, userId);
            if (ownUser != null) {
                count[0] = failures(ownUser, credentialId) + 1;
                ownUser.setSingleAttribute(ATTRIBUTE, credentialId + "|" + count[0]);
            }
        });
        return count[0];
    }

    /** The count recorded for a key the person still holds, for Client Services. */
    public static Optional<Counted> current(UserModel user) {
        return parse(user.getFirstAttribute(ATTRIBUTE))
                .filter(c -> user.credentialManager().getStoredCredentialById(c.credentialId()) != null)
                .map(c -> new Counted(c.credentialId(), c.failures(), c.failures() >= MAX_FAILURES));
    }

    /** Wrong PINs counted for a key, and whether recovery by PIN is blocked for it. */
    public record Counted(String credentialId, int failures, boolean blocked) {
    }

    /** A right PIN, or Client Services lifting the block. */
    public static void reset(UserModel user) {
        user.removeAttribute(ATTRIBUTE);
    }

    private record Count(String credentialId, int failures) {
    }

    private static Optional<Count> parse(String raw) {
        int bar = raw == null ? -1 : raw.indexOf('|');
        if (bar <= 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Count(raw.substring(0, bar), Integer.parseInt(raw.substring(bar + 1))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
