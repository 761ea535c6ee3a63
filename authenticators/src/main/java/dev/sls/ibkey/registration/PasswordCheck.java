package dev.sls.ibkey.registration;

import dev.sls.core.login.Lockout;
import java.util.Optional;
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
