package dev.sls.codecard.login;

import dev.sls.codecard.credential.CodeCardCredentialModel;
import dev.sls.sharing.SharableDevice;
import dev.sls.sharing.SharableDeviceFactory;
import org.keycloak.models.KeycloakSession;

/** Registers the Security Code Card with device sharing. */
public final class SharableCodeCardFactory implements SharableDeviceFactory {

    private static final SharableDevice DEVICE = new SharableCodeCard();

    @Override
    public SharableDevice create(KeycloakSession session) {
        return DEVICE;
    }

    @Override
    public String getId() {
        return CodeCardCredentialModel.TYPE;
    }
}
