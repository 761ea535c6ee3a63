package dev.sls.ibkey.registration;

import dev.sls.core.api.CommonErrorCode;
import dev.sls.core.limit.ClientAddress;
import dev.sls.core.limit.RateLimits;
import dev.sls.core.login.Lockout;
import dev.sls.ibkey.protocol.api.IbKeyErrorCode;
import dev.sls.rest.ApiException;
import dev.sls.rest.JsonResponses;
import java.util.Optional;
import java.util.function.Consumer;
import org.keycloak.credential.hash.PasswordHashProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.PasswordPolicy;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserCredentialModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.PasswordCredentialModel;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * Username and password checked the way Keycloak's login form checks them: a wrong password counts in the user's
 * brute-force record, a locked or disabled user is refused even with the right password, and an unknown username
 * costs the same password hashing as a known one, so the answer and its timing tell nothing.
 */
public final class PasswordCheck {

    private final KeycloakSession session;
    private final RealmModel realm;

    public PasswordCheck(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    /** Refuses a username or password longer than any a person types (400, before any work). */
    public static void checkSizes(String username, String password) {
        if (username != null && username.length() > 255 || password != null && password.length() > 1024) {
            throw JsonResponses.invalid("username or password too long");
        }
    }

    /**
     * The device API's password step: the caller's address takes a slot of {@code perAddress} first (so guesses
     * cannot race past it) and a right password gives it back, so only failures fill the limit; every failure gets
     * the one answer {@code invalid_credentials}, after {@code refused} recorded it with the username given.
     */
    public UserModel verifyOrRefuse(String username, String password, RateLimits.Limit perAddress,
                                    Consumer<String> refused) {
        RateLimits limits = new RateLimits(session);
        String clientIp = ClientAddress.of(session.getContext().getConnection());
        if (limits.tryUse(perAddress, clientIp).isPresent()) {
            throw new ApiException(CommonErrorCode.RATE_LIMITED, "Too many attempts from this address; try again later.");
        }
        Optional<UserModel> user = verify(username, password);
        if (user.isEmpty()) {
            refused.accept(username);
            throw new ApiException(IbKeyErrorCode.INVALID_CREDENTIALS, "Invalid username or password.");
        }
        limits.release(perAddress, clientIp);
        return user.get();
    }

    /** The user, when the password is theirs and they may log in now. */
    public Optional<UserModel> verify(String username, String password) {
        UserModel user = username == null || username.isBlank() ? null
                : KeycloakModelUtils.findUserByNameOrEmail(session, realm, username.strip());
        if (user == null || user.getServiceAccountClientLink() != null) {
            hashAnyway(password);
            return Optional.empty();
        }
        boolean valid = password != null && user.credentialManager().isValid(UserCredentialModel.password(password));
        if (!valid) {
            Lockout.recordFailure(session, realm, user, PasswordCredentialModel.TYPE);
            return Optional.empty();
        }
        if (!user.isEnabled() || Lockout.isBruteForceLocked(session, realm, user)) {
            return Optional.empty();
        }
        return Optional.of(user);
    }

    private void hashAnyway(String password) {
        PasswordPolicy policy = realm.getPasswordPolicy();
        PasswordHashProvider hash = policy.getHashAlgorithm() == null ? session.getProvider(PasswordHashProvider.class)
                : session.getProvider(PasswordHashProvider.class, policy.getHashAlgorithm());
        if (hash != null) {
            hash.encodedCredential(password == null ? "" : password, policy.getHashIterations());
        }
    }
}
