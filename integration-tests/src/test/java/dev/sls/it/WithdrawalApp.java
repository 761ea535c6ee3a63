package dev.sls.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.PushedAuthorizationRequest;
import com.nimbusds.oauth2.sdk.PushedAuthorizationResponse;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.rar.AuthorizationDetail;
import com.nimbusds.oauth2.sdk.rar.AuthorizationType;
import com.nimbusds.openid.connect.sdk.AuthenticationErrorResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.browser.Browser;
import dev.sls.testkit.browser.Page;
import dev.sls.testkit.server.KeycloakServer;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * The demo realm's application as a relying party built on a real OIDC client library (Nimbus oauth2-oidc-sdk): it
 * asks for a withdrawal with an {@code sls_withdrawal} authorization detail (RFC 9396), and trusts the ID token only
 * after checking its signature against the realm's JWKS, its issuer, audience, expiry and nonce.
 */
public final class WithdrawalApp {

    public static final String REALM = "sls-demo";
    public static final String CLIENT = "sls-demo-app";
    public static final String REDIRECT = "http://localhost/sls-demo-callback";
    /** The client scope an admin makes with the "SLS confirmed withdrawal" mapper; the app asks for it. */
    public static final String SCOPE = "sls-withdrawal";

    private final KeycloakServer server;
    private final State state = new State();
    private final Nonce nonce = new Nonce();
    private final CodeVerifier verifier = new CodeVerifier();

    public WithdrawalApp(KeycloakServer server) {
        this.server = server;
    }

    /** The admin's set-up: a client scope holding the mapper, optional on the demo client. Idempotent. */
    public static void addClaimScope(AdminClient admin) {
        String base = "/" + REALM + "/client-scopes";
        boolean exists = false;
        for (var scope : admin.get(base)) {
            exists |= SCOPE.equals(scope.path("name").asText());
        }
        if (!exists) {
            admin.post(base, Map.of("name", SCOPE, "protocol", "openid-connect",
                    "attributes", Map.of("include.in.token.scope", "true"),
                    "protocolMappers", List.of(Map.of("name", "confirmed withdrawal", "protocol", "openid-connect",
                            "protocolMapper", "sls-withdrawal-mapper",
                            "config", Map.of("id.token.claim", "true", "access.token.claim", "true",
                                    "userinfo.token.claim", "true")))));
        }
        String scopeId = null;
        for (var scope : admin.get(base)) {
            if (SCOPE.equals(scope.path("name").asText())) {
                scopeId = scope.path("id").asText();
            }
        }
        String clientId = admin.get("/" + REALM + "/clients?clientId=" + CLIENT).get(0).path("id").asText();
        admin.put("/" + REALM + "/clients/" + clientId + "/optional-client-scopes/" + scopeId, null);
    }

    public static AuthorizationDetail withdrawal(String amount, String currency, String payee) {
        AuthorizationDetail.Builder detail = new AuthorizationDetail.Builder(new AuthorizationType("sls_withdrawal"))
                .field("amount", amount).field("currency", currency);
        if (payee != null) {
            detail.field("payee", payee);
        }
        return detail.build();
    }

    /**
     * Opens the authorization request for {@code details}; {@code reauthenticate} adds {@code max_age=0}, as a
     * withdrawal request should, so a person already logged in confirms it with a device again.
     */
    public Page begin(Browser browser, List<AuthorizationDetail> details, boolean reauthenticate) {
        AuthenticationRequest.Builder request = new AuthenticationRequest.Builder(ResponseType.CODE,
                new Scope("openid", SCOPE), new ClientID(CLIENT), URI.create(REDIRECT))
                .endpointURI(URI.create(server.realmUrl(REALM) + "/protocol/openid-connect/auth"))
                .state(state).nonce(nonce).codeChallenge(verifier, CodeChallengeMethod.S256)
                .authorizationDetails(details);
        if (reauthenticate) {
            request.maxAge(0);
        }
        browser.stopAt(REDIRECT);
        return browser.open(request.build().toURI().toString());
    }

    /**
     * Opens an authorization request whose {@code authorization_details} is {@code raw} exactly as given (any size or
     * shape), after {@code others} additional parameters; {@code max_age=0}.
     */
    public Page beginRaw(Browser browser, String raw, Map<String, String> others) {
        AuthenticationRequest.Builder request = request(others).maxAge(0);
        if (raw != null) {
            request.customParameter("authorization_details", raw);
        }
        browser.stopAt(REDIRECT);
        return browser.open(request.build().toURI().toString());
    }

    /** The URI {@link #beginRaw} would open, without opening it. */
    public String beginRawUri(String raw) {
        return request(Map.of()).maxAge(0).customParameter("authorization_details", raw).build().toURI().toString();
    }

    /** Pushes the same request (RFC 9126); the PAR endpoint's error code, or null and the login page opened. */
    public String pushRaw(Browser browser, String raw) throws Exception {
        AuthenticationRequest authz = request(Map.of()).maxAge(0).customParameter("authorization_details", raw)
                .build();
        PushedAuthorizationResponse pushed = PushedAuthorizationResponse.parse(new PushedAuthorizationRequest(
                URI.create(server.realmUrl(REALM) + "/protocol/openid-connect/ext/par/request"), authz)
                .toHTTPRequest().send());
        if (!pushed.indicatesSuccess()) {
            return pushed.toErrorResponse().getErrorObject().getCode();
        }
        return null;
    }

    private AuthenticationRequest.Builder request(Map<String, String> others) {
        AuthenticationRequest.Builder request = new AuthenticationRequest.Builder(ResponseType.CODE,
                new Scope("openid", SCOPE), new ClientID(CLIENT), URI.create(REDIRECT))
                .endpointURI(URI.create(server.realmUrl(REALM) + "/protocol/openid-connect/auth"))
                .state(state).nonce(nonce).codeChallenge(verifier, CodeChallengeMethod.S256);
        others.forEach(request::customParameter);
        return request;
    }

    /** What the application learned: the verified ID token's claims and the granted authorization details. */
    public record Outcome(IDTokenClaimsSet idToken, List<AuthorizationDetail> granted) {

        @SuppressWarnings("unchecked")
        public Map<String, Object> withdrawalClaim() {
            return (Map<String, Object>) idToken.getClaim("sls_withdrawal");
        }
    }

    /** The authorization response's error code (the application was sent back without a code). */
    public String error(Page redirect) throws Exception {
        AuthenticationResponse response = AuthenticationResponseParser.parse(URI.create(redirect.redirectLocation()));
        assertEquals(state, response.getState());
        return ((AuthenticationErrorResponse) response).getErrorObject().getCode();
    }

    /** The authorization response's error_description (null when there is none). */
    public String errorDescription(Page redirect) throws Exception {
        AuthenticationResponse response = AuthenticationResponseParser.parse(URI.create(redirect.redirectLocation()));
        return ((AuthenticationErrorResponse) response).getErrorObject().getDescription();
    }

    /** Exchanges the code; the token endpoint's error code if it refuses. */
    public String tokenError(Page redirect) throws Exception {
        TokenResponse response = exchange(redirect);
        return response.indicatesSuccess() ? null : ((TokenErrorResponse) response).getErrorObject().getCode();
    }

    public Outcome finish(Page redirect) throws Exception {
        TokenResponse response = exchange(redirect);
        if (!response.indicatesSuccess()) {
            ErrorObject error = ((TokenErrorResponse) response).getErrorObject();
            throw new AssertionError("token request refused: " + error.getCode() + " " + error.getDescription());
        }
        OIDCTokenResponse tokens = (OIDCTokenResponse) response.toSuccessResponse();
        JWT idToken = tokens.getOIDCTokens().getIDToken();
        return new Outcome(RelyingParty.validate(server.realmUrl(REALM), CLIENT, idToken, nonce), tokens.getOIDCTokens().getAccessToken()
                .getAuthorizationDetails());
    }

    private TokenResponse exchange(Page redirect) throws Exception {
        AuthenticationResponse response = AuthenticationResponseParser.parse(URI.create(redirect.redirectLocation()));
        assertEquals(state, response.getState());
        AuthorizationCode code = response.toSuccessResponse().getAuthorizationCode();
        TokenRequest request = new TokenRequest(URI.create(server.realmUrl(REALM) + "/protocol/openid-connect/token"),
                new ClientID(CLIENT), new AuthorizationCodeGrant(code, URI.create(REDIRECT), verifier));
        return OIDCTokenResponseParser.parse(request.toHTTPRequest().send());
    }
}
