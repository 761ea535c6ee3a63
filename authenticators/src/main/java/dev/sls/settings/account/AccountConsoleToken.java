package dev.sls.settings.account;

import dev.sls.rest.ApiException;
import org.keycloak.models.AccountRoles;
import org.keycloak.models.ClientModel;
import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.protocol.oidc.AccessTokenIntrospectionProvider;
import org.keycloak.protocol.oidc.TokenIntrospectionProvider;
import org.keycloak.representations.AccessToken;
import org.keycloak.services.managers.AppAuthManager;
import org.keycloak.services.managers.AuthenticationManager.AuthResult;

/**
 * Who calls the person-facing API: the bearer token of the realm's account console, checked as Keycloak's own account
 * REST service checks it (a valid token of a live session, audience {@code account}, the client role
 * {@code manage-account} or {@code view-profile}), and in addition issued to the account console itself
 * ({@code azp} {@value Constants#ACCOUNT_CONSOLE_CLIENT_ID}). The answer is always about the token's own user.
 */
final class AccountConsoleToken {

    private AccountConsoleToken() {
    }

    /** The person the token speaks for; refusals as {@link AccountApiErrorCode}s. */
    static UserModel person(KeycloakSession session, RealmModel realm) {
        AuthResult auth = new AppAuthManager.BearerTokenAuthenticator(session).setRealm(realm).authenticate();
        if (auth == null || auth.user() == null || !auth.user().isEnabled()) {
            throw new ApiException(AccountApiErrorCode.TOKEN_REQUIRED,
                    "A valid bearer token of the account console is required.");
        }
        AccessToken token = withRoles(session, auth);
        if (!Constants.ACCOUNT_CONSOLE_CLIENT_ID.equals(token.getIssuedFor())) {
            throw new ApiException(AccountApiErrorCode.ACCOUNT_CONSOLE_TOKEN_REQUIRED,
                    "Only the account console's token may read this.");
        }
        ClientModel account = realm.getClientByClientId(Constants.ACCOUNT_MANAGEMENT_CLIENT_ID);
        AccessToken.Access roles = account == null ? null : token.getResourceAccess(account.getClientId());
        if (!token.hasAudience(Constants.ACCOUNT_MANAGEMENT_CLIENT_ID) || roles == null
                || !(roles.isUserInRole(AccountRoles.MANAGE_ACCOUNT) || roles.isUserInRole(AccountRoles.VIEW_PROFILE))) {
            throw new ApiException(AccountApiErrorCode.ACCOUNT_ROLE_REQUIRED,
                    "The account role manage-account or view-profile is required.");
        }
        return auth.user();
    }

    /** A lightweight token carries no audience or roles: read them from the session, as Keycloak's account REST does. */
    private static AccessToken withRoles(KeycloakSession session, AuthResult auth) {
        AccessToken token = auth.token();
        if (token.getAudience() != null && token.getResourceAccess(Constants.ACCOUNT_MANAGEMENT_CLIENT_ID) != null) {
            return token;
        }
        var introspection = (AccessTokenIntrospectionProvider) session.getProvider(TokenIntrospectionProvider.class,
                "access_token");
        return introspection.transformAccessToken(token, auth.session());
    }
}
