package dev.sls.ibkey.activation;

import dev.sls.core.credential.StoredCredentials;
import dev.sls.ibkey.credential.IbKeyCredentialModel;
import dev.sls.ibkey.credential.dto.IbKeyCredentialData;
import dev.sls.ibkey.protocol.PasswordSeal;
import dev.sls.rest.JsonResponses;
import org.keycloak.models.UserModel;

/**
 * The app's encryption key (X25519, for HPKE) as an activation registers it. Every way of binding a phone
 * (activation, recovery, transfer) checks it here before anything is bound.
 */
public final class EncryptionKeys {

    private EncryptionKeys() {
    }

    /**
     * Accepts null (the app takes no sealed deliveries) or a usable X25519 public key.
     *
     * @throws dev.sls.rest.ApiException 400 {@code invalid_request} naming {@code encryptionKey} and what is wrong
     */
    public static void check(String encryptionKey) {
        if (encryptionKey == null) {
            return;
        }
        PasswordSeal.problem(encryptionKey).ifPresent(problem -> {
            throw JsonResponses.invalid("encryptionKey: " + problem);
        });
    }

    /**
     * The same phone activated again for a user it already holds, with another encryption key (its state was reset):
     * the stored key follows, so a later delivery is sealed to the key the app now holds.
     */
    static void renew(UserModel user, IbKeyCredentialModel key, String encryptionKey) {
        IbKeyCredentialData d = key.data();
        if (encryptionKey == null || encryptionKey.equals(d.getEncryptionKey())) {
            return;
        }
        IbKeyCredentialData renewed = d.withEncryptionKey(encryptionKey);
        key.setCredentialData(StoredCredentials.json(IbKeyCredentialModel.TYPE, renewed));
        user.credentialManager().updateStoredCredential(key);
    }
}
