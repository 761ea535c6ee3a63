package dev.sls.sharing.admin;

import dev.sls.core.device.SuspendedDevices;
import dev.sls.rest.SlsAdminContext;
import dev.sls.rest.SlsAdminEndpoint;
import dev.sls.rest.SlsAdminEndpointFactory;
import dev.sls.rest.admin.dto.DeviceState;
import dev.sls.sharing.Share;
import dev.sls.sharing.SharingSettings;
import dev.sls.sharing.Shares;
import dev.sls.sharing.credential.SharedDeviceCredentialModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;

/**
 * Mounts {@link SharingAdminResource} at {@code /admin/realms/{realm}/sls/sharing}, for the realm role
 * {@value SharingSettings#COMPLIANCE_ROLE}; tells the helpdesk's user search which devices a share suspended.
 */
public final class SharingAdminEndpointFactory implements SlsAdminEndpointFactory {

    public static final String AREA = "sharing";

    @Override
    public SlsAdminEndpoint create(KeycloakSession session) {
        return new SlsAdminEndpoint() {
            @Override
            public Object resource(SlsAdminContext context) {
                return new SharingAdminResource(context);
            }

            @Override
            public List<DeviceState> deviceStates(SlsAdminContext context, UserModel user) {
                List<DeviceState> states = new ArrayList<>();
                user.credentialManager().getStoredCredentialsStream()
                        .filter(credential -> SuspendedDevices.isSuspended(user, credential.getId()))
                        .forEach(credential -> states.add(new DeviceState(credential.getType(), "suspended")));
                Optional<Share> share = Shares.of(user);
                share.filter(s -> s.state() == Share.State.APPROVED).ifPresent(s -> states.add(
                        new DeviceState(SharedDeviceCredentialModel.TYPE, "active")));
                return states;
            }
        };
    }

    @Override
    public String getId() {
        return AREA;
    }

    @Override
    public String role() {
        return SharingSettings.COMPLIANCE_ROLE;
    }
}
