package dev.sls.device.ibkey;

import dev.sls.protocol.ocra.OcraSuite;
import java.util.Base64;
import java.util.Objects;

/**
 * One user the app holds a key for: a realm and user name on a server, the IB Key credential the server created,
 * and the OCRA suite and key for offline responses.
 *
 * @param server       Keycloak base URL, e.g. {@code http://127.0.0.1:8080}
 * @param credentialId the credential id the server gave at activation; the path segment of every later call
 * @param ocraKey      Base64url OCRA key; null when the server reported the device already active and this app had
 *                     no key stored for the user (push approval still works, offline responses do not)
 */
public record IbKeyUser(String server, String realm, String username, String credentialId, String ocraSuite,
                        String ocraKey) {

    public IbKeyUser {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(realm, "realm");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(credentialId, "credentialId");
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
        return "IbKeyUser[server=" + server + ", realm=" + realm + ", username=" + username + ", credentialId="
                + credentialId + ", ocraSuite=" + ocraSuite + ", ocraKey=" + (ocraKey == null ? "none" : "****") + "]";
    }
}
