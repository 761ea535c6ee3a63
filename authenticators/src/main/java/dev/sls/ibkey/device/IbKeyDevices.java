package dev.sls.ibkey.device;

import dev.sls.core.signing.DeviceKeys;
import dev.sls.ibkey.credential.IbKeyCredentialModel;
import dev.sls.ibkey.credential.IbKeyCredentialProvider;
import java.security.PublicKey;
import java.util.Map;
import java.util.Optional;
import org.keycloak.credential.CredentialProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Finds the key a device handle stands for: the user's active IB Key, or a phone retired by a newer activation
 * (remembered for {@link #RETIRED_DAYS} days so that phone can be told so once it proves who it is).
 */
public final class IbKeyDevices {

    public static final int RETIRED_DAYS = 30;
    private static final int MAX_HANDLE_LENGTH = 160;
    private static final String RETIRED = "sls.ibkey.retired.";
    private static final String PUBLIC_KEY = "publicKey";

    private final KeycloakSession session;

    public IbKeyDevices(KeycloakSession session) {
        this.session = session;
    }

    public static IbKeyCredentialProvider provider(KeycloakSession session) {
        return (IbKeyCredentialProvider) session.getProvider(CredentialProvider.class, IbKeyCredentialModel.TYPE);
    }

    /** A key that may have signed a request: the active phone, or a retired one ({@code device} empty). */
    public record Candidate(PublicKey publicKey, Optional<IbKeyDevice> device) {
    }

    /** The key behind {@code handle}, or empty when nothing (enabled) stands behind it. */
    public Optional<Candidate> find(RealmModel realm, String handle) {
        int dot = handle == null ? -1 : handle.indexOf('.');
        if (dot <= 0 || handle.length() > MAX_HANDLE_LENGTH || dot == handle.length() - 1) {
            return Optional.empty();
        }
        UserModel user = session.users().getUserById(realm, handle.substring(0, dot));
        if (user == null || !user.isEnabled()) {
            return Optional.empty();
        }
        Optional<IbKeyCredentialModel> active = provider(session).active(user)
                .filter(key -> key.getId().equals(handle.substring(dot + 1)));
        if (active.isPresent()) {
            IbKeyDevice device = new IbKeyDevice(user, active.get());
            return Optional.of(new Candidate(active.get().publicKey(), Optional.of(device)));
        }
        return Optional.ofNullable(session.singleUseObjects().get(RETIRED + handle))
                .map(notes -> notes.get(PUBLIC_KEY)).map(DeviceKeys::decodePublic)
                .map(key -> new Candidate(key, Optional.empty()));
    }

    /**
     * Retires the phone for this one user at once ("Remove user" in the app): the key is removed in the caller's
     * transaction and remembered, so the phone is told {@code device_retired} from then on.
     */
    public void retire(IbKeyDevice device) {
        rememberRetired(device.user(), device.key());
        device.user().credentialManager().removeStoredCredentialById(device.key().getId());
    }

    /** Remembers a phone that a newer activation replaced. */
    public void rememberRetired(UserModel user, IbKeyCredentialModel retired) {
        session.singleUseObjects().put(RETIRED + IbKeyDevice.handle(user.getId(), retired.getId()),
                RETIRED_DAYS * 24L * 3600, Map.of(PUBLIC_KEY, retired.data().getPublicKey()));
    }
}
