package dev.sls.ibkey.delivery;

import dev.sls.core.api.ErrorCode;
import dev.sls.ibkey.credential.IbKeyCredentialModel;
import dev.sls.ibkey.device.IbKeyDevices;
import dev.sls.ibkey.protocol.PasswordSeal;
import dev.sls.rest.ApiException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.UUID;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserCredentialModel;
import org.keycloak.models.UserModel;
import org.keycloak.policy.PasswordPolicyManagerProvider;
import org.keycloak.policy.PolicyError;

/**
 * Client Services resets a person's password to one the server generates and seals to the person's IB Key app. The
 * password exists in clear only inside {@link #deliver}: it is never returned, logged or stored unsealed. Every
 * check that can refuse runs before the password is changed, so a refusal changes nothing.
 */
public final class PasswordReset {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int POLICY_TRIES = 5;

    private final KeycloakSession session;
    private final RealmModel realm;

    public PasswordReset(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    /**
     * Resets the password, seals the new one to the app, and asks for a new password at the next login.
     *
     * @param refusals the error codes of the caller's API for a person without an app to deliver to and for a
     *                 password the realm's policy refuses
     */
    public PasswordDeliveries.Delivery deliver(UserModel user, String issuedBy, Refusals refusals) {
        IbKeyCredentialModel key = IbKeyDevices.provider(session).active(user)
                .filter(k -> k.data().getEncryptionKey() != null)
                .orElseThrow(() -> new ApiException(refusals.noApp(), "This person has no active IB Key app that"
                        + " can receive a password (none activated, or activated by an app that registered no"
                        + " encryption key). Nothing was changed."));
        String password = generate(user, refusals);
        long now = Time.currentTime();
        String id = UUID.randomUUID().toString();
        PasswordSeal.Sealed sealed = PasswordSeal.seal(PasswordSeal.decodePublicKey(key.data().getEncryptionKey()),
                PasswordSeal.info(realm.getName(), user.getUsername()), id.getBytes(StandardCharsets.UTF_8),
                password.getBytes(StandardCharsets.UTF_8));
        user.credentialManager().updateCredential(UserCredentialModel.password(password, false));
        user.addRequiredAction(UserModel.RequiredAction.UPDATE_PASSWORD);
        PasswordDeliveries.Delivery delivery = new PasswordDeliveries.Delivery(id, realm.getId(), key.getId(),
                PasswordSeal.encode(sealed.enc()), PasswordSeal.encode(sealed.ciphertext()), now,
                now + PasswordDeliveryConfig.lifetimeSeconds(realm), issuedBy);
        // Last: the store is not part of the transaction, so nothing after this may fail and roll the password back.
        new PasswordDeliveries(session).put(user.getId(), delivery, now);
        return delivery;
    }

    /** A password the realm's policy accepts for this person (history, length, classes...). */
    private String generate(UserModel user, Refusals refusals) {
        PasswordPolicyManagerProvider policy = session.getProvider(PasswordPolicyManagerProvider.class);
        PolicyError last = null;
        for (int i = 0; i < POLICY_TRIES; i++) {
            String candidate = TemporaryPasswords.generate(RANDOM);
            last = policy.validate(realm, user, candidate);
            if (last == null) {
                return candidate;
            }
        }
        throw new ApiException(refusals.policy(), "The realm's password policy refuses the generated temporary"
                + " passwords (" + last.getMessage() + "). Nothing was changed.");
    }

    /** The error codes a caller answers with. */
    public record Refusals(ErrorCode noApp, ErrorCode policy) { }
}
