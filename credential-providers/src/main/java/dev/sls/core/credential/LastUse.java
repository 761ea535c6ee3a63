package dev.sls.core.credential;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import org.keycloak.common.util.Time;
import org.keycloak.credential.CredentialModel;
import org.keycloak.models.UserModel;
import org.keycloak.util.JsonSerialization;

/**
 * When a device last served a login, kept in its credential data (Keycloak's credential has no such field) as
 * {@value #FIELD}, epoch seconds: not secret, shown to the person in the account console. Written at most once a
 * minute per device, so a burst of logins does not rewrite the credential each time. Only SLS devices: their data
 * readers ignore the field; Keycloak's own credentials are left alone.
 */
public final class LastUse {

    public static final String FIELD = "lastUsed";
    static final int MIN_INTERVAL_SECONDS = 60;

    private LastUse() {
    }

    public static Optional<Instant> of(CredentialModel credential) {
        return data(credential).map(data -> data.path(FIELD).asLong(0)).filter(at -> at > 0)
                .map(Instant::ofEpochSecond);
    }

    /** Records that {@code credentialId} served a login of {@code user} now (in the caller's transaction). */
    public static void record(UserModel user, String credentialId) {
        if (credentialId == null || credentialId.isBlank()) {
            return;
        }
        CredentialModel stored = user.credentialManager().getStoredCredentialById(credentialId);
        if (stored == null || stored.getType() == null || !stored.getType().startsWith("sls-")) {
            return;
        }
        long now = Time.currentTime();
        Optional<ObjectNode> data = data(stored).filter(ObjectNode.class::isInstance).map(ObjectNode.class::cast);
        if (data.isEmpty() || now - data.get().path(FIELD).asLong(0) < MIN_INTERVAL_SECONDS) {
            return;
        }
        data.get().put(FIELD, now);
        stored.setCredentialData(StoredCredentials.json(stored.getType(), data.get()));
        user.credentialManager().updateStoredCredential(stored);
    }

    private static Optional<JsonNode> data(CredentialModel credential) {
        if (credential.getCredentialData() == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(JsonSerialization.readValue(credential.getCredentialData(), JsonNode.class));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
