package dev.sls.api;

import jakarta.ws.rs.Path;
import org.keycloak.models.KeycloakSession;

/** {@code /realms/{realm}/sls}: the IB Key device API and the endpoint waiting browsers poll. */
public final class SlsRealmResource {

    private final KeycloakSession session;

    SlsRealmResource(KeycloakSession session) {
        this.session = session;
    }

    @Path("ibkey")
    public IbKeyDeviceResource ibKey() {
        return new IbKeyDeviceResource(session);
    }

    @Path("wait")
    public WaitResource waitForOutcome() {
        return new WaitResource(session);
    }
}
