package dev.sls.ibkey.device;

import dev.sls.ibkey.credential.IbKeyCredentialModel;
import dev.sls.ibkey.credential.IbKeyCredentialProvider;
import dev.sls.ibkey.protocol.api.IbKeyErrorCode;
import dev.sls.rest.ApiException;
import java.util.Optional;
import org.keycloak.credential.CredentialProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/** Resolves a device handle to the user and their active IB Key, refusing retired and unknown phones. */
public final class IbKeyDevices {

    private static final int MAX_HANDLE_LENGTH = 160;

    private final KeycloakSession session;

    public IbKeyDevices(KeycloakSession session) {
        this.session = session;
    }

    public static IbKeyCredentialProvider provider(KeycloakSession session) {
        return (IbKeyCredentialProvider) session.getProvider(CredentialProvider.class, IbKeyCredentialModel.TYPE);
    }

    public IbKeyDevice resolve(RealmModel realm, String handle) {
        int dot = handle == null ? -1 : handle.indexOf('.');
        if (dot <= 0 || handle.length() > MAX_HANDLE_LENGTH || dot == handle.length() - 1) {
            throw unknown();
        }
        UserModel user = session.users().getUserById(realm, handle.substring(0, dot));
        if (user == null || !user.isEnabled()) {
            throw unknown();
        }
        String credentialId = handle.substring(dot + 1);
        Optional<IbKeyCredentialModel> active = provider(session).active(user);
        if (active.isEmpty()) {
            throw unknown();
        }
        if (!active.get().getId().equals(credentialId)) {
            throw new ApiException(IbKeyErrorCode.DEVICE_RETIRED,
                    "This phone is no longer the user's IB Key: another phone was activated since.");
        }
        return new IbKeyDevice(user, active.get());
    }

    private static ApiException unknown() {
        return new ApiException(IbKeyErrorCode.UNKNOWN_DEVICE, "No active IB Key with this id.");
    }
}
