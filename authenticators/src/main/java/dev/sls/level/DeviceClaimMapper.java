package dev.sls.level;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.keycloak.models.AuthenticatedClientSessionModel;
import org.keycloak.models.ClientSessionContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ProtocolMapperModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.protocol.oidc.mappers.AbstractOIDCProtocolMapper;
import org.keycloak.protocol.oidc.utils.AcrUtils;
import org.keycloak.protocol.oidc.mappers.OIDCAccessTokenMapper;
import org.keycloak.protocol.oidc.mappers.OIDCAttributeMapperHelper;
import org.keycloak.protocol.oidc.mappers.OIDCIDTokenMapper;
import org.keycloak.protocol.oidc.mappers.TokenIntrospectionTokenMapper;
import org.keycloak.protocol.oidc.mappers.UserInfoTokenMapper;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;
import org.keycloak.representations.IDToken;

/**
 * The {@code sls_device} claim: which second-factor device the login used ({@code type}, {@code credential_id},
 * {@code level}). For a client reached by single sign-on, the device that last authenticated the session. Optionally
 * adds RFC 8176's {@code mfa} to the {@code amr} claim of Keycloak's "Authentication Method Reference (AMR)" mapper,
 * which runs first (this mapper's priority is higher).
 */
public final class DeviceClaimMapper extends AbstractOIDCProtocolMapper
        implements OIDCAccessTokenMapper, OIDCIDTokenMapper, UserInfoTokenMapper, TokenIntrospectionTokenMapper {

    public static final String PROVIDER_ID = "sls-device-claim-mapper";
    public static final String CLAIM = "sls_device";
    public static final String ADD_MFA = "sls.add-mfa-to-amr";
    static final String AMR = "amr";
    static final String MFA = "mfa";

    private static final List<ProviderConfigProperty> PROPERTIES = properties();

    private static List<ProviderConfigProperty> properties() {
        List<ProviderConfigProperty> properties = new ArrayList<>(ProviderConfigurationBuilder.create()
                .property().name(ADD_MFA).label("Add mfa to amr").type(ProviderConfigProperty.BOOLEAN_TYPE)
                .defaultValue("true")
                .helpText("When the login used a second-factor device, add RFC 8176's 'mfa' to the amr claim set by"
                        + " Keycloak's 'Authentication Method Reference (AMR)' mapper of the same token.")
                .add().build());
        OIDCAttributeMapperHelper.addIncludeInTokensConfig(properties, DeviceClaimMapper.class);
        return List.copyOf(properties);
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayType() {
        return "SLS second-factor device";
    }

    @Override
    public String getDisplayCategory() {
        return TOKEN_MAPPER_CATEGORY;
    }

    @Override
    public String getHelpText() {
        return "Adds the sls_device claim (type, credential_id, level of the device the login used) and optionally"
                + " 'mfa' to the amr claim.";
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return PROPERTIES;
    }

    /** After Keycloak's AMR mapper (priority 0), so its amr claim is there to add to. */
    @Override
    public int getPriority() {
        return 10;
    }

    @Override
    protected void setClaim(IDToken token, ProtocolMapperModel mappingModel, UserSessionModel userSession,
                            KeycloakSession keycloakSession, ClientSessionContext clientSessionCtx) {
        AuthenticatedClientSessionModel clientSession = clientSessionCtx.getClientSession();
        Optional<UsedDevice> ciba = clientSession != null && clientSession.getNote(UsedDevice.NOTE) == null
                ? CibaDeviceNotes.device(clientSession) : Optional.empty();
        if (ciba.isPresent()) {
            setCibaClaims(token, clientSession, ciba.get());
            return;
        }
        Optional<UsedDevice> device = usedDevice(clientSession, userSession);
        if (device.isEmpty()) {
            return;
        }
        Map<String, Object> claim = new LinkedHashMap<>();
        claim.put("type", device.get().credentialType());
        if (device.get().credentialId() != null) {
            claim.put("credential_id", device.get().credentialId());
        }
        if (device.get().level() != null) {
            claim.put("level", device.get().level());
        }
        token.getOtherClaims().put(CLAIM, claim);
        String proved = clientSession == null ? null : clientSession.getNote(ProvedMethods.NOTE);
        if (proved == null && clientSession != null && clientSession.getNote(UsedDevice.NOTE) == null) {
            proved = userSession.getNote(ProvedMethods.NOTE);
        }
        if (proved != null && token.getOtherClaims().get(AMR) instanceof List<?> amr) {
            token.getOtherClaims().put(AMR, ProvedMethods.apply(amr, proved));
        }
        boolean ownDevice = clientSessionCtx.getClientSession() != null
                && clientSessionCtx.getClientSession().getNote(UsedDevice.NOTE) != null;
        String enrolled = ownDevice ? clientSessionCtx.getClientSession().getNote(EnrolledDevice.NOTE)
                : userSession.getNote(EnrolledDevice.NOTE);
        if (enrolled != null && token.getOtherClaims().get(AMR) instanceof List<?> amr) {
            token.getOtherClaims().put(AMR, EnrolledDevice.apply(amr, enrolled, device.get()));
        }
        if (Boolean.parseBoolean(mappingModel.getConfig().getOrDefault(ADD_MFA, "true"))
                && token.getOtherClaims().get(AMR) instanceof List<?> amr && !amr.contains(MFA)) {
            List<Object> withMfa = new ArrayList<>(amr);
            withMfa.add(MFA);
            token.getOtherClaims().put(AMR, withMfa);
        }
    }

    /**
     * A CIBA request approved on a device: no login flow set a level or ran a step, so Keycloak's ACR mapper says
     * level {@code 1} and its AMR mapper nothing. The device's level and reference value are what was proved; no
     * {@code mfa}, as the device alone approved.
     */
    private static void setCibaClaims(IDToken token, AuthenticatedClientSessionModel clientSession, UsedDevice device) {
        Map<String, Object> claim = new LinkedHashMap<>();
        claim.put("type", device.credentialType());
        if (device.credentialId() != null) {
            claim.put("credential_id", device.credentialId());
        }
        if (device.level() != null) {
            claim.put("level", device.level());
            if (token.getAcr() != null) {
                Map<String, Integer> acrLoaMap = AcrUtils.getAcrLoaMap(clientSession.getClient());
                String acr = AcrUtils.mapLoaToAcr(device.level(), acrLoaMap, acrLoaMap.keySet());
                token.setAcr(acr != null ? acr : String.valueOf(device.level()));
            }
        }
        token.getOtherClaims().put(CLAIM, claim);
        List<Object> amr = CibaDeviceNotes.amr(clientSession);
        if (!amr.isEmpty()) {
            token.getOtherClaims().put(AMR, amr);
        }
    }

    private static Optional<UsedDevice> usedDevice(AuthenticatedClientSessionModel clientSession,
                                                   UserSessionModel userSession) {
        return UsedDevice.parse(clientSession == null ? null : clientSession.getNote(UsedDevice.NOTE))
                .or(() -> UsedDevice.parse(userSession.getNote(UsedDevice.NOTE)));
    }
}
