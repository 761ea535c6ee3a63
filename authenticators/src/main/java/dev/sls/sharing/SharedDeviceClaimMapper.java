package dev.sls.sharing;

import dev.sls.level.UsedDevice;
import dev.sls.sharing.credential.SharedDeviceCredentialModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.keycloak.credential.CredentialModel;
import org.keycloak.models.AuthenticatedClientSessionModel;
import org.keycloak.models.ClientSessionContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ProtocolMapperModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.protocol.oidc.mappers.AbstractOIDCProtocolMapper;
import org.keycloak.protocol.oidc.mappers.OIDCAccessTokenMapper;
import org.keycloak.protocol.oidc.mappers.OIDCAttributeMapperHelper;
import org.keycloak.protocol.oidc.mappers.OIDCIDTokenMapper;
import org.keycloak.protocol.oidc.mappers.TokenIntrospectionTokenMapper;
import org.keycloak.protocol.oidc.mappers.UserInfoTokenMapper;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.representations.IDToken;

/**
 * When the login used a device another username shares: {@code sls_device_shared: true} and {@code sls_device_share}
 * (the share's opaque id, which names neither user). The {@code sls_device} claim already says which device type and
 * level were proved. Nothing else about the owner goes into a token.
 */
public final class SharedDeviceClaimMapper extends AbstractOIDCProtocolMapper
        implements OIDCAccessTokenMapper, OIDCIDTokenMapper, UserInfoTokenMapper, TokenIntrospectionTokenMapper {

    public static final String PROVIDER_ID = "sls-shared-device-claim-mapper";
    public static final String SHARED = "sls_device_shared";
    public static final String SHARE = "sls_device_share";

    private static final List<ProviderConfigProperty> PROPERTIES = properties();

    private static List<ProviderConfigProperty> properties() {
        List<ProviderConfigProperty> properties = new ArrayList<>();
        OIDCAttributeMapperHelper.addIncludeInTokensConfig(properties, SharedDeviceClaimMapper.class);
        return List.copyOf(properties);
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayType() {
        return "SLS shared device";
    }

    @Override
    public String getDisplayCategory() {
        return TOKEN_MAPPER_CATEGORY;
    }

    @Override
    public String getHelpText() {
        return "Adds sls_device_shared (true) and sls_device_share (the share's opaque id) when the login used a"
                + " device shared by another username.";
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return PROPERTIES;
    }

    /** After the sls_device mapper (priority 10). */
    @Override
    public int getPriority() {
        return 11;
    }

    @Override
    protected void setClaim(IDToken token, ProtocolMapperModel mappingModel, UserSessionModel userSession,
                            KeycloakSession keycloakSession, ClientSessionContext clientSessionCtx) {
        UserModel user = userSession.getUser();
        Optional<UsedDevice> device = usedDevice(clientSessionCtx.getClientSession(), userSession);
        if (user == null || device.isEmpty() || device.get().credentialId() == null) {
            return;
        }
        CredentialModel stored = user.credentialManager().getStoredCredentialById(device.get().credentialId());
        if (stored == null || !SharedDeviceCredentialModel.TYPE.equals(stored.getType())) {
            return;
        }
        try {
            String share = SharedDeviceCredentialModel.createFromCredentialModel(stored).data().shareId();
            token.getOtherClaims().put(SHARED, true);
            token.getOtherClaims().put(SHARE, share);
        } catch (IllegalArgumentException e) {
            token.getOtherClaims().put(SHARED, true);
        }
    }

    private static Optional<UsedDevice> usedDevice(AuthenticatedClientSessionModel clientSession,
                                                   UserSessionModel userSession) {
        return UsedDevice.parse(clientSession == null ? null : clientSession.getNote(UsedDevice.NOTE))
                .or(() -> UsedDevice.parse(userSession.getNote(UsedDevice.NOTE)));
    }
}
