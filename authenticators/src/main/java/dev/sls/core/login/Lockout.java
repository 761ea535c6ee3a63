package dev.sls.core.login;

import jakarta.ws.rs.core.Response;
import java.util.Set;
import java.util.function.Supplier;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.events.Errors;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.OTPCredentialModel;
import org.keycloak.services.managers.BruteForceProtector;

/** Whether a user may still be let in, asked right before an authenticator reports success. */
public final class Lockout {

    private Lockout() {
    }

    /** Locked by Keycloak's brute-force detection, temporarily or for good. */
    public static boolean isBruteForceLocked(KeycloakSession session, RealmModel realm, UserModel user) {
        if (!realm.isBruteForceProtected()) {
            return false;
        }
        BruteForceProtector protector = session.getProvider(BruteForceProtector.class);
        return protector.isTemporarilyDisabled(session, realm, user) || protector.isPermanentlyLockedOut(session, realm, user);
    }

    /**
     * Counts a failed second-factor attempt the person proved was theirs (a correctly signed deny or wrong pick from
     * their device), as Keycloak's brute-force detection counts a wrong OTP.
     */
    public static void recordFailure(KeycloakSession session, RealmModel realm, UserModel user) {
        recordFailure(session, realm, user, OTPCredentialModel.TYPE);
    }

    /** Counts a failed attempt of {@code credentialType} (e.g. a wrong password typed in an app, not a form). */
    public static void recordFailure(KeycloakSession session, RealmModel realm, UserModel user, String credentialType) {
        if (realm.isBruteForceProtected()) {
            session.getProvider(BruteForceProtector.class).failedLogin(realm, user, session.getContext().getConnection(),
                    session.getContext().getUri(), Set.of(credentialType));
        }
    }

    /**
     * The one check every device's login step makes before it accepts an answer: a user disabled or locked by
     * brute-force detection (possibly since the page was shown) is refused with {@code sameAsWrongAnswer}, the page a
     * wrong answer gets, so a lock is not revealed, and the attempt is not counted again. True when refused (the
     * request is then answered).
     */
    public static boolean refuses(AuthenticationFlowContext context, Supplier<Response> sameAsWrongAnswer) {
        if (context.getUser().isEnabled()
                && !isBruteForceLocked(context.getSession(), context.getRealm(), context.getUser())) {
            return false;
        }
        context.getEvent().user(context.getUser()).error(Errors.USER_TEMPORARILY_DISABLED);
        context.challenge(sameAsWrongAnswer.get());
        return true;
    }
}
