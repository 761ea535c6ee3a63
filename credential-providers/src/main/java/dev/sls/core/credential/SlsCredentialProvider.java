package dev.sls.core.credential;

import dev.sls.core.device.DeviceType;
import dev.sls.core.text.LocalMoments;
import jakarta.ws.rs.BadRequestException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.keycloak.common.util.Time;
import org.keycloak.credential.CredentialInputValidator;
import org.keycloak.credential.CredentialMetadata;
import org.keycloak.credential.CredentialModel;
import org.keycloak.credential.CredentialProvider;
import org.keycloak.credential.CredentialTypeMetadata;
import org.keycloak.credential.CredentialTypeMetadataContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * What every SLS credential provider does alike: one active device per user (newest usable wins), replacement in one
 * transaction, damaged stored data refused on import and skipped at login, and the console metadata from the
 * {@link DeviceType}. A device type adds only how a response is verified ({@link #isValid}).
 */
public abstract class SlsCredentialProvider<M extends CredentialModel>
        implements CredentialProvider<M>, CredentialInputValidator {

    /** Account console terms (messages of the theme, in every theme type). */
    public static final String EXPIRES_KEY = "slsCredentialExpires";
    public static final String EXPIRED_KEY = "slsCredentialExpired";
    public static final String LAST_USED_KEY = "slsCredentialLastUsed";

    protected final KeycloakSession session;
    private final DeviceType device;
    private final Function<CredentialModel, M> reader;

    /** @param reader reads a stored credential, throwing IllegalArgumentException when its data is not usable */
    protected SlsCredentialProvider(KeycloakSession session, DeviceType device, Function<CredentialModel, M> reader) {
        this.session = session;
        this.device = device;
        this.reader = reader;
    }

    public final DeviceType device() {
        return device;
    }

    @Override
    public final String getType() {
        return device.credentialType();
    }

    @Override
    public CredentialModel createCredential(RealmModel realm, UserModel user, M credential) {
        if (credential.getCreatedDate() == null) {
            credential.setCreatedDate(Time.currentTimeMillis());
        }
        return user.credentialManager().createStoredCredential(credential);
    }

    /** Makes {@code credential} the user's only device of this type; earlier ones stop working in the same transaction. */
    public CredentialModel replaceAll(RealmModel realm, UserModel user, M credential) {
        StoredCredentials.removeAll(user, getType());
        return createCredential(realm, user, credential);
    }

    @Override
    public boolean deleteCredential(RealmModel realm, UserModel user, String credentialId) {
        return user.credentialManager().removeStoredCredentialById(credentialId);
    }

    /**
     * Also the gate for credentials created from outside (realm import, partial import): damaged data is refused with
     * HTTP 400 naming the problem, and the import changes nothing.
     */
    @Override
    public final M getCredentialFromModel(CredentialModel model) {
        try {
            return reader.apply(model);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("invalid " + getType() + " credential: " + e.getMessage());
        }
    }

    /** The user's active device of this type; a stored one whose data is damaged is skipped (and logged). */
    public final Optional<M> active(UserModel user) {
        return StoredCredentials.newestUsable(user, getType(), reader);
    }

    @Override
    public final boolean supportsCredentialType(String credentialType) {
        return getType().equals(credentialType);
    }

    @Override
    public final boolean isConfiguredFor(RealmModel realm, UserModel user, String credentialType) {
        return supportsCredentialType(credentialType) && active(user).isPresent();
    }

    /**
     * What the account console lists under each device besides its name and creation date: until when it works (a
     * device that expires) and when it last served a login, as dates in the person's language. Terms are message
     * keys; the values are formatted here (the console shows them as they are).
     */
    @Override
    public CredentialMetadata getCredentialMetadata(M credential, CredentialTypeMetadata type) {
        CredentialMetadata metadata = new CredentialMetadata();
        metadata.setCredentialModel(credential);
        Locale locale = session.getContext().resolveLocale(session.getContext().getUser());
        List<CredentialMetadata.LocalizedMessage> properties = new ArrayList<>();
        expiry(credential).ifPresent(at -> properties.add(new CredentialMetadata.LocalizedMessage(
                at.getEpochSecond() > Time.currentTime() ? EXPIRES_KEY : EXPIRED_KEY,
                new Object[] {LocalMoments.dateTime(at, locale)})));
        LastUse.of(credential).ifPresent(at -> properties.add(new CredentialMetadata.LocalizedMessage(LAST_USED_KEY,
                new Object[] {LocalMoments.dateTime(at, locale)})));
        if (!properties.isEmpty()) {
            metadata.setInfoProperties(properties);
        }
        return metadata;
    }

    /** When the device stops working, for a device that expires. */
    protected Optional<Instant> expiry(M credential) {
        return Optional.empty();
    }

    /**
     * Not "removeable": Keycloak's own doors for a person (Account REST {@code DELETE}, {@code delete_credential})
     * then refuse SLS devices, which only the pack's {@code sls-remove-device} action removes, after a device proof.
     */
    @Override
    public CredentialTypeMetadata getCredentialTypeMetadata(CredentialTypeMetadataContext metadataContext) {
        return CredentialTypeMetadata.builder()
                .type(getType())
                .category(CredentialTypeMetadata.Category.TWO_FACTOR)
                .displayName(device.displayNameKey())
                .helpText(device.helpTextKey())
                .iconCssClass("kcAuthenticatorDefaultClass")
                .createAction(device.setupAction())
                .removeable(false)
                .build(session);
    }
}
