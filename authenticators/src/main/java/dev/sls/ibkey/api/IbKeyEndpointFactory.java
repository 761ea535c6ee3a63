package dev.sls.ibkey.api;

import dev.sls.ibkey.protocol.IbKeyProtocol;
import dev.sls.rest.SlsEndpoint;
import dev.sls.rest.SlsEndpointFactory;
import org.keycloak.models.KeycloakSession;

/** Mounts the IB Key device API, {@link IbKeyDeviceResource}, at {@code /realms/{realm}/sls/ibkey}. */
public final class IbKeyEndpointFactory implements SlsEndpointFactory {

    @Override
    public SlsEndpoint create(KeycloakSession session) {
        return () -> new IbKeyDeviceResource(session);
    }

    @Override
    public String getId() {
        return IbKeyProtocol.AREA;
    }
}
