package dev.sls.temporary.admin;

import dev.sls.core.config.BoundedInt;
import dev.sls.rest.SlsAdminContext;
import dev.sls.rest.SlsAdminEndpoint;
import dev.sls.rest.SlsAdminEndpointFactory;
import dev.sls.rest.admin.dto.DeviceState;
import dev.sls.temporary.credential.TemporaryAccessCredentialModel;
import dev.sls.temporary.credential.TemporaryAccessCredentialProvider;
import java.util.List;
import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.common.util.Time;
import org.keycloak.credential.CredentialProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;

/**
 * Mounts {@link TemporaryAdminResource} at {@code /admin/realms/{realm}/sls/temporary}. Server option
 * {@code spi-sls-admin-endpoint--temporary--default-validity-hours} (default 48: two days) sets how long temporary
 * access lasts when the helpdesk does not say.
 */
public final class TemporaryAdminEndpointFactory implements SlsAdminEndpointFactory {

    public static final String AREA = "temporary";
    public static final String DEFAULT_VALIDITY_HOURS = "default-validity-hours";
    static final int DEFAULT_HOURS = 48;
    private static final Logger LOG = Logger.getLogger(TemporaryAdminEndpointFactory.class);

    private int defaultHours = DEFAULT_HOURS;

    @Override
    public SlsAdminEndpoint create(KeycloakSession session) {
        int hours = defaultHours;
        return new SlsAdminEndpoint() {
            @Override
            public Object resource(SlsAdminContext context) {
                return new TemporaryAdminResource(context, hours);
            }

            /** The person's temporary access, if any: active until it expires, then expired. */
            @Override
            public List<DeviceState> deviceStates(SlsAdminContext context, UserModel user) {
                TemporaryAccessCredentialProvider provider = (TemporaryAccessCredentialProvider) context.session()
                        .getProvider(CredentialProvider.class, TemporaryAccessCredentialModel.TYPE);
                return provider.active(user).map(access -> new DeviceState(TemporaryAccessCredentialModel.TYPE,
                        access.expiredAt(Time.currentTime()) ? "expired" : "active")).stream().toList();
            }
        };
    }

    @Override
    public void init(Config.Scope config) {
        String raw = config.get(DEFAULT_VALIDITY_HOURS);
        Integer hours = BoundedInt.parse(raw, TemporaryAdminResource.MIN_HOURS, TemporaryAdminResource.MAX_HOURS);
        if (raw != null && hours == null) {
            LOG.warnf("%s=%s is not %d-%d hours; using %d", DEFAULT_VALIDITY_HOURS, raw, TemporaryAdminResource.MIN_HOURS,
                    TemporaryAdminResource.MAX_HOURS, DEFAULT_HOURS);
        }
        defaultHours = hours == null ? DEFAULT_HOURS : hours;
    }

    @Override
    public String getId() {
        return AREA;
    }
}
