package dev.sls.dscplus.login;

import dev.sls.dscplus.credential.DscPlusCredentialModel;
import dev.sls.sharing.SharableDevice;
import dev.sls.sharing.SharableDeviceFactory;
import org.keycloak.models.KeycloakSession;

/** Registers the DSC+ card with device sharing. */
public final class SharableDscPlusFactory implements SharableDeviceFactory {

    private static final SharableDevice DEVICE = new SharableDscPlus();

    @Override
    public SharableDevice create(KeycloakSession session) {
        return DEVICE;
    }

    @Override
    public String getId() {
        return DscPlusCredentialModel.TYPE;
    }
}
