package dev.sls.dscplus.admin;

import dev.sls.dscplus.credential.DscPlusCredentialModel;
import dev.sls.dscplus.inventory.CardInventory;
import dev.sls.rest.SlsAdminContext;
import dev.sls.rest.SlsAdminEndpoint;
import dev.sls.rest.SlsAdminEndpointFactory;
import dev.sls.rest.admin.dto.DeviceState;
import java.util.List;
import java.util.Locale;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;

/** Mounts the DSC+ inventory, {@link DscPlusAdminResource}, at {@code /admin/realms/{realm}/sls/dscplus}. */
public final class DscPlusAdminEndpointFactory implements SlsAdminEndpointFactory {

    public static final String AREA = "dscplus";

    @Override
    public SlsAdminEndpoint create(KeycloakSession session) {
        return new SlsAdminEndpoint() {
            @Override
            public Object resource(SlsAdminContext context) {
                return new DscPlusAdminResource(context);
            }

            /** Each card the person holds: assigned (not yet activated), active or blocked. */
            @Override
            public List<DeviceState> deviceStates(SlsAdminContext context, UserModel user) {
                return new CardInventory(context.session()).ofUser(context.realm().getId(), user.getId()).stream()
                        .map(card -> new DeviceState(DscPlusCredentialModel.TYPE,
                                card.getState().name().toLowerCase(Locale.ROOT))).toList();
            }
        };
    }

    @Override
    public String getId() {
        return AREA;
    }
}
