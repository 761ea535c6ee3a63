package dev.sls.withdrawal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.keycloak.models.AuthenticatedClientSessionModel;
import org.keycloak.models.ClientSessionContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ProtocolMapperModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.protocol.oidc.grants.ciba.CibaGrantType;
import org.keycloak.protocol.oidc.mappers.AbstractOIDCProtocolMapper;
import org.keycloak.protocol.oidc.mappers.OIDCAccessTokenMapper;
import org.keycloak.protocol.oidc.mappers.OIDCAttributeMapperHelper;
import org.keycloak.protocol.oidc.mappers.OIDCIDTokenMapper;
import org.keycloak.protocol.oidc.mappers.UserInfoTokenMapper;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.representations.IDToken;

/**
 * Protocol mapper "SLS confirmed withdrawal": the claim {@value #CLAIM} — {@code amount}, {@code currency},
 * {@code payee} (if asked), {@code device} (credential type) and {@code confirmed_at} (epoch seconds) — in the tokens
 * of the code exchange that follows a login in which a device confirmed the application's withdrawal. Nothing in any
 * other token, so its presence says "confirmed", and its fields say exactly what.
 */
public final class WithdrawalClaimMapper extends AbstractOIDCProtocolMapper
        implements OIDCIDTokenMapper, OIDCAccessTokenMapper, UserInfoTokenMapper {

    public static final String ID = "sls-withdrawal-mapper";
    public static final String CLAIM = "sls_withdrawal";
    private static final List<ProviderConfigProperty> PROPERTIES = new ArrayList<>();

    static {
        OIDCAttributeMapperHelper.addIncludeInTokensConfig(PROPERTIES, WithdrawalClaimMapper.class);
    }

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public String getDisplayType() {
        return "SLS confirmed withdrawal";
    }

    @Override
    public String getDisplayCategory() {
        return TOKEN_MAPPER_CATEGORY;
    }

    @Override
    public String getHelpText() {
        return "Adds the claim " + CLAIM + " (amount, currency, payee, device, confirmed_at) when a second-factor"
                + " device confirmed the sls_withdrawal authorization details of this login.";
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return PROPERTIES;
    }

    @Override
    protected void setClaim(IDToken token, ProtocolMapperModel mapping, UserSessionModel userSession,
                            KeycloakSession session, ClientSessionContext clientSessionCtx) {
        WithdrawalConfirmation confirmed =
                clientSessionCtx.getAttribute(WithdrawalConfirmation.ATTRIBUTE, WithdrawalConfirmation.class);
        if (confirmed == null) {
            confirmed = approvedThroughCiba(clientSessionCtx.getClientSession()).orElse(null);
        }
        if (confirmed != null) {
            token.getOtherClaims().put(CLAIM, confirmed.claim());
        }
    }

    /**
     * A CIBA request has no login: the authentication channel that confirmed the withdrawal hands the confirmation
     * with its approval, which Keycloak's CIBA token request keeps as a client-session note under its callback prefix
     * (a note only an authentication channel's approval writes, never the client). That client session belongs to this
     * one token request.
     */
    private static Optional<WithdrawalConfirmation> approvedThroughCiba(AuthenticatedClientSessionModel clientSession) {
        return clientSession == null ? Optional.empty() : WithdrawalConfirmation.fromNote(clientSession.getNote(
                CibaGrantType.ADDITIONAL_CALLBACK_PARAMS_PREFIX + WithdrawalConfirmation.NOTE));
    }
}
