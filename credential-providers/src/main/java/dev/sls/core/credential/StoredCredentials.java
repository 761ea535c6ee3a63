package dev.sls.core.credential;

import dev.sls.core.device.SuspendedDevices;
import java.io.IOException;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jboss.logging.Logger;
import org.keycloak.credential.CredentialModel;
import org.keycloak.models.UserModel;
import org.keycloak.util.JsonSerialization;

/** What every SLS credential type does with a user's stored credentials: one device of a type, newest wins. */
public final class StoredCredentials {

    private static final Logger LOG = Logger.getLogger(StoredCredentials.class);

    private StoredCredentials() {
    }

    /**
     * The user's newest credential of {@code type} that {@code reader} accepts; one whose data is damaged
     * ({@code reader} throws IllegalArgumentException) is skipped and logged, a suspended one
     * ({@link SuspendedDevices}) is skipped.
     */
    public static <M extends CredentialModel> Optional<M> newestUsable(UserModel user, String type,
                                                                     Function<CredentialModel, M> reader) {
        Set<String> suspended = SuspendedDevices.of(user);
        return user.credentialManager().getStoredCredentialsByTypeStream(type)
                .filter(stored -> !suspended.contains(stored.getId()))
                .sorted(Comparator.comparing(CredentialModel::getCreatedDate,
                        Comparator.nullsFirst(Comparator.naturalOrder())).reversed())
                .map(stored -> readOrSkip(stored, type, reader))
                .flatMap(Optional::stream)
                .findFirst();
    }

    private static <M> Optional<M> readOrSkip(CredentialModel stored, String type, Function<CredentialModel, M> reader) {
        try {
            return Optional.of(reader.apply(stored));
        } catch (IllegalArgumentException e) {
            LOG.warnf("Ignoring unusable %s credential %s: %s", type, stored.getId(), e.getMessage());
            return Optional.empty();
        }
    }

    /** Removes every stored credential of {@code type}, in the caller's transaction. */
    public static void removeAll(UserModel user, String type) {
        user.credentialManager().getStoredCredentialsByTypeStream(type).map(CredentialModel::getId).toList()
                .forEach(id -> user.credentialManager().removeStoredCredentialById(id));
    }

    /** Copies what Keycloak stored (id, label, dates, data) onto a typed model read from it, under {@code type}. */
    public static <M extends CredentialModel> M copyStored(CredentialModel stored, String type, M typed) {
        typed.setId(stored.getId());
        typed.setType(type);
        typed.setUserLabel(stored.getUserLabel());
        typed.setCreatedDate(stored.getCreatedDate());
        typed.setCredentialData(stored.getCredentialData());
        typed.setSecretData(stored.getSecretData());
        typed.setFederationLink(stored.getFederationLink());
        return typed;
    }

    public static String json(String type, Object value) {
        try {
            return JsonSerialization.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise " + type + " credential", e);
        }
    }
}
