package dev.sls.ibkey.app;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonCreator;
import dev.sls.core.ocra.OcraSuite;
import java.util.Base64;
import java.util.Objects;

/**
 * One user the app holds a key for: a realm and user name on a server, the device handle the server gave,
 * and the OCRA suite and key for offline responses.
 *
 * @param server       Keycloak base URL, e.g. {@code http://127.0.0.1:8080}
 * @param deviceHandle what the server calls this phone for this user ({@code <userId>.<credentialId>}), given at
 *                     activation; the path segment of every later call (state files of older versions call it
 *                     credentialId)
 * @param ocraKey      Base64url OCRA key; null when the server reported the device already active and this app had
 *                     no key stored for the user (push approval still works, offline responses do not)
 * @param encryptionKey the key pair registered at activation for passwords Client Services delivers to the app;
 *                     null for users activated by older versions (they cannot receive one until activated again)
 */
public record IbKeyUser(String server, String realm, String username,
                        @JsonAlias("credentialId") String deviceHandle, String ocraSuite,
                        String ocraKey, AppEncryptionKey encryptionKey) {

    @JsonCreator
    public IbKeyUser {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(realm, "realm");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(deviceHandle, "deviceHandle");
    }

    /** A user without an encryption key. */
    public IbKeyUser(String server, String realm, String username, String deviceHandle, String ocraSuite,
                     String ocraKey) {
        this(server, realm, username, deviceHandle, ocraSuite, ocraKey, null);
    }

    /** The same user with the encryption key just registered. */
    IbKeyUser withEncryptionKey(AppEncryptionKey key) {
        return new IbKeyUser(server, realm, username, deviceHandle, ocraSuite, ocraKey, key);
    }

    /** {@code realm/username}, how the CLI names a user. */
    public String label() {
        return realm + "/" + username;
    }

    public boolean is(String realm, String username) {
        return this.realm.equals(realm) && this.username.equals(username);
    }

    public boolean hasOcraKey() {
        return ocraKey != null;
    }

    /** Whether offline responses of this user take the app PIN (the suite has a PIN input). */
    public boolean offlineNeedsPin() {
        return ocraSuite != null && OcraSuite.parse(ocraSuite).pinHashAlgorithm().isPresent();
    }

    byte[] ocraKeyBytes() {
        if (ocraKey == null) {
            throw new IllegalStateException("no OCRA key is stored for " + label()
                    + ": offline responses need a fresh activation of this user");
        }
        return Base64.getUrlDecoder().decode(ocraKey);
    }

    /** Leaves the OCRA key out: it is the secret behind every offline response. */
    @Override
    public String toString() {
        return "IbKeyUser[server=" + server + ", realm=" + realm + ", username=" + username + ", deviceHandle="
                + deviceHandle + ", ocraSuite=" + ocraSuite + ", ocraKey=" + (ocraKey == null ? "none" : "****")
                + ", encryptionKey=" + (encryptionKey == null ? "none" : "****") + "]";
    }
}
