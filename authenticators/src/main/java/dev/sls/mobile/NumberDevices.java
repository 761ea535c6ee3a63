package dev.sls.mobile;

import dev.sls.core.credential.SlsCredentialProvider;
import dev.sls.mobile.device.NumberDevice;
import java.util.List;
import java.util.Optional;
import org.keycloak.credential.CredentialProvider;
import org.keycloak.credential.CredentialProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * The pack's devices as the phone package sees them, without knowing any: whether a user has a Secure Login device,
 * and the device that a verified number alone provides (SMS codes).
 */
public final class NumberDevices {

    private final KeycloakSession session;

    public NumberDevices(KeycloakSession session) {
        this.session = session;
    }

    /** Whether the user has an active device of any SLS type. */
    public boolean hasSecureLoginDevice(RealmModel realm, UserModel user) {
        return slsProviders().stream().anyMatch(p -> p.isConfiguredFor(realm, user, p.getType()));
    }

    /**
     * Whether the user has an active device other than the one a verified number provides (SMS codes): only then
     * is "use another of your devices" worth saying when a code cannot be sent.
     */
    public boolean hasDeviceBesidesNumber(RealmModel realm, UserModel user) {
        return slsProviders().stream().filter(p -> !(p instanceof NumberDevice))
                .anyMatch(p -> p.isConfiguredFor(realm, user, p.getType()));
    }

    /** The installed device that needs only a verified number, if any. */
    public Optional<NumberDevice> numberDevice() {
        return slsProviders().stream().filter(NumberDevice.class::isInstance).map(NumberDevice.class::cast)
                .findFirst();
    }

    private List<SlsCredentialProvider<?>> slsProviders() {
        return session.getKeycloakSessionFactory().getProviderFactoriesStream(CredentialProvider.class)
                .map(CredentialProviderFactory.class::cast)
                .map(factory -> session.getProvider(CredentialProvider.class, factory.getId()))
                .filter(SlsCredentialProvider.class::isInstance)
                .<SlsCredentialProvider<?>>map(p -> (SlsCredentialProvider<?>) p)
                .toList();
    }
}
