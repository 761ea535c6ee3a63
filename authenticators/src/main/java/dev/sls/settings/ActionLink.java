package dev.sls.settings;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RequiredActionProviderModel;
import org.keycloak.protocol.oidc.OIDCLoginProtocol;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * A link from one Secure Login page to another application-initiated action ({@code kc_action}) of the same
 * application: the authorization request the application made (client, redirect URI, state, nonce, PKCE challenge,
 * scope, language), with the other action. The application gets one answer, for its own request, whichever page the
 * person ends on.
 */
public final class ActionLink {

    private static final List<String> CARRIED = List.of(OIDCLoginProtocol.RESPONSE_TYPE_PARAM,
            OIDCLoginProtocol.SCOPE_PARAM, OIDCLoginProtocol.STATE_PARAM, OIDCLoginProtocol.NONCE_PARAM,
            OIDCLoginProtocol.RESPONSE_MODE_PARAM, OIDCLoginProtocol.CODE_CHALLENGE_PARAM,
            OIDCLoginProtocol.CODE_CHALLENGE_METHOD_PARAM, OIDCLoginProtocol.UI_LOCALES_PARAM);

    private ActionLink() {
    }

    /**
     * The link to {@code action} (an alias, or {@code alias:parameter}), or empty when the login is not an OpenID Connect one or the realm does not offer
     * that action (no provider, or not enabled in the realm's required actions).
     */
    public static Optional<String> to(KeycloakSession session, AuthenticationSessionModel authSession, String action) {
        int parameter = action.indexOf(':');
        if (!offered(session, parameter < 0 ? action : action.substring(0, parameter)) || authSession == null
                || !OIDCLoginProtocol.LOGIN_PROTOCOL.equals(authSession.getProtocol())
                || authSession.getClientNote(OIDCLoginProtocol.REDIRECT_URI_PARAM) == null) {
            return Optional.empty();
        }
        StringBuilder link = new StringBuilder(session.getContext().getUri().getBaseUriBuilder().path("realms")
                .path(authSession.getRealm().getName()).path("protocol").path(OIDCLoginProtocol.LOGIN_PROTOCOL)
                .path("auth").build().toString());
        append(link, '?', OIDCLoginProtocol.CLIENT_ID_PARAM, authSession.getClient().getClientId());
        append(link, '&', OIDCLoginProtocol.REDIRECT_URI_PARAM,
                authSession.getClientNote(OIDCLoginProtocol.REDIRECT_URI_PARAM));
        for (String name : CARRIED) {
            String value = authSession.getClientNote(name);
            if (value != null && !value.isBlank()) {
                append(link, '&', name, value);
            }
        }
        append(link, '&', Constants.KC_ACTION, action);
        return Optional.of(link.toString());
    }

    private static void append(StringBuilder link, char separator, String name, String value) {
        link.append(separator).append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }

    /** Whether the server has the required action {@code action} and the current realm enables it. */
    public static boolean offered(KeycloakSession session, String action) {
        if (session.getKeycloakSessionFactory().getProviderFactory(
                org.keycloak.authentication.RequiredActionProvider.class, action) == null) {
            return false;
        }
        RequiredActionProviderModel model = session.getContext().getRealm().getRequiredActionProviderByAlias(action);
        return model != null && model.isEnabled();
    }
}
