package dev.sls.sharing.credential;

import dev.sls.core.credential.SlsCredentialProvider;
import dev.sls.core.device.DeviceType;
import org.keycloak.credential.CredentialInput;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Stores the requester's side of an approved share. Validates nothing: the shared-device login step checks the
 * answer against the owner's device, so no input is ever valid for this credential alone.
 */
public final class SharedDeviceCredentialProvider extends SlsCredentialProvider<SharedDeviceCredentialModel> {

    /** Set up through the sharing procedure ({@code kc_action=sls-share-device}); level 1 until the login says which. */
    public static final DeviceType DEVICE = new DeviceType(SharedDeviceCredentialModel.TYPE, "Shared device",
            "sls-share-device", 1);

    SharedDeviceCredentialProvider(KeycloakSession session) {
        super(session, DEVICE, SharedDeviceCredentialModel::createFromCredentialModel);
    }

    @Override
    public boolean isValid(RealmModel realm, UserModel user, CredentialInput input) {
        return false;
    }
}
