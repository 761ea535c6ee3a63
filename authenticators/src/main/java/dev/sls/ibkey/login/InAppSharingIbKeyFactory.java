package dev.sls.ibkey.login;

import dev.sls.ibkey.credential.IbKeyCredentialModel;
import dev.sls.sharing.SharableDevice;
import dev.sls.sharing.SharableDeviceFactory;
import org.keycloak.models.KeycloakSession;

/** Tells device sharing that IB Key adds users in its app. */
public final class InAppSharingIbKeyFactory implements SharableDeviceFactory {

    private static final SharableDevice DEVICE = new InAppSharingIbKey();

    @Override
    public SharableDevice create(KeycloakSession session) {
        return DEVICE;
    }

    @Override
    public String getId() {
        return IbKeyCredentialModel.TYPE;
    }
}
