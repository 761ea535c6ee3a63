package dev.sls.temporary.login;

import dev.sls.temporary.credential.TemporaryAccessCredentialModel;
import dev.sls.temporary.credential.TemporaryAccessCredentialProvider;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.keycloak.credential.CredentialModel;
import org.keycloak.credential.CredentialProvider;
import org.keycloak.credential.CredentialTypeMetadata;
import org.keycloak.credential.CredentialTypeMetadataContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;

/**
 * Temporary access ends when its time is up or when the person activates a permanent device, whichever comes
 * first. "Permanent device" is any second-factor credential other than temporary access (Keycloak's own category
 * of its provider), so this works whatever devices a realm uses, without knowing them.
 */
public final class TemporaryAccessRetirement {

    private static final Logger LOG = Logger.getLogger(TemporaryAccessRetirement.class);

    private TemporaryAccessRetirement() {
    }

    /**
     * The person's temporary access if it still works; removes it (in the caller's transaction) when it expired or
     * a permanent device was activated after it was issued.
     */
    public static Optional<TemporaryAccessCredentialModel> usable(KeycloakSession session, UserModel user) {
        TemporaryAccessCredentialProvider provider = provider(session);
        Optional<TemporaryAccessCredentialModel> access = provider.active(user);
        if (access.isEmpty()) {
            return Optional.empty();
        }
        long issuedAtMillis = access.get().data().getIssuedAt() * 1000L;
        boolean replaced = user.credentialManager().getStoredCredentialsStream()
                .filter(c -> c.getCreatedDate() != null && c.getCreatedDate() >= issuedAtMillis)
                .anyMatch(c -> isPermanentDevice(session, user, c.getType()));
        if (replaced || provider.usable(user).isEmpty()) {
            retire(user, replaced ? "a permanent device was activated" : "it expired");
            return Optional.empty();
        }
        return access;
    }

    /** Removes the person's temporary access, if any. */
    public static boolean retire(UserModel user, String why) {
        boolean any = false;
        for (String id : user.credentialManager().getStoredCredentialsByTypeStream(TemporaryAccessCredentialModel.TYPE)
                .map(CredentialModel::getId).toList()) {
            any |= user.credentialManager().removeStoredCredentialById(id);
        }
        if (any) {
            LOG.debugf("Temporary access of user %s retired: %s", user.getId(), why);
        }
        return any;
    }

    static boolean isPermanentDevice(KeycloakSession session, UserModel user, String type) {
        if (type == null || TemporaryAccessCredentialModel.TYPE.equals(type)) {
            return false;
        }
        return session.getKeycloakSessionFactory().getProviderFactoriesStream(CredentialProvider.class)
                .map(factory -> session.getProvider(CredentialProvider.class, factory.getId()))
                .filter(p -> p != null && type.equals(p.getType()))
                .findFirst()
                .map(p -> category(session, user, p))
                .map(c -> c == CredentialTypeMetadata.Category.TWO_FACTOR || c == CredentialTypeMetadata.Category.PASSWORDLESS)
                .orElse(false);
    }

    private static CredentialTypeMetadata.Category category(KeycloakSession session, UserModel user,
                                                            CredentialProvider<?> provider) {
        try {
            return provider.getCredentialTypeMetadata(CredentialTypeMetadataContext.builder().user(user).build(session))
                    .getCategory();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static TemporaryAccessCredentialProvider provider(KeycloakSession session) {
        return (TemporaryAccessCredentialProvider) session.getProvider(CredentialProvider.class,
                TemporaryAccessCredentialModel.TYPE);
    }
}
