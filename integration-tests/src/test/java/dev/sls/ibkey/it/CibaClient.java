package dev.sls.ibkey.it;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.ciba.AuthRequestID;
import com.nimbusds.oauth2.sdk.ciba.CIBAGrant;
import com.nimbusds.oauth2.sdk.ciba.CIBARequest;
import com.nimbusds.oauth2.sdk.ciba.CIBAResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.rar.AuthorizationDetail;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.ACR;
import dev.sls.testkit.server.KeycloakServer;
import java.io.IOException;
import java.net.URI;
import java.text.ParseException;
import java.util.List;
import java.util.function.Consumer;

/** A CIBA client (the demo's call centre, or another) speaking through the Nimbus OAuth 2.0 SDK. */
final class CibaClient {

    static final String CALL_CENTRE = "sls-call-centre";
    static final String CALL_CENTRE_SECRET = "sls-call-centre-secret";

    private final String realmUrl;
    private final ClientSecretBasic auth;
    /** The demo realm's CIBA interval (2 s) and a margin: polling sooner is answered slow_down. */
    private static final long POLL_INTERVAL_MILLIS = 2300;
    /** What a client adds to its interval when told slow_down (RFC 8628 §3.5, which CIBA follows). */
    private static final long SLOW_DOWN_MILLIS = 5000;
    private long lastPoll;

    CibaClient(KeycloakServer server, String clientId, String secret) {
        this.realmUrl = server.realmUrl(IbKeySteps.REALM);
        this.auth = new ClientSecretBasic(new ClientID(clientId), new Secret(secret));
    }

    static CibaClient callCentre(KeycloakServer server) {
        return new CibaClient(server, CALL_CENTRE, CALL_CENTRE_SECRET);
    }

    /** Sends a backchannel authentication request; {@code more} adds to it (binding message, acr_values, …). */
    CIBAResponse ask(String loginHint, Consumer<CIBARequest.Builder> more) {
        CIBARequest.Builder builder = new CIBARequest.Builder(auth, new Scope("openid"))
                .endpointURI(URI.create(realmUrl + "/protocol/openid-connect/ext/ciba/auth"))
                .loginHint(loginHint);
        more.accept(builder);
        try {
            return CIBAResponse.parse(builder.build().toHTTPRequest().send());
        } catch (IOException | com.nimbusds.oauth2.sdk.ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    AuthRequestID accepted(String loginHint, Consumer<CIBARequest.Builder> more) {
        CIBAResponse response = ask(loginHint, more);
        if (!response.indicatesSuccess()) {
            throw new AssertionError("CIBA request refused: " + response.toErrorResponse().getErrorObject()
                    .toJSONObject());
        }
        return response.toRequestAcknowledgement().getAuthRequestID();
    }

    /**
     * One answer of the token endpoint, no sooner than the realm's interval after this client's previous poll; told
     * {@code slow_down}, waits longer and asks again, as a CIBA client must (at most twice).
     */
    TokenResponse poll(AuthRequestID id) {
        TokenResponse response = pollOnce(id);
        for (int retry = 0; retry < 2 && !response.indicatesSuccess()
                && "slow_down".equals(error(response).getCode()); retry++) {
            lastPoll += SLOW_DOWN_MILLIS;
            response = pollOnce(id);
        }
        return response;
    }

    private TokenResponse pollOnce(AuthRequestID id) {
        long wait = lastPoll + POLL_INTERVAL_MILLIS - System.currentTimeMillis();
        if (wait > 0) {
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        lastPoll = System.currentTimeMillis();
        try {
            return OIDCTokenResponseParser.parse(new TokenRequest(URI.create(realmUrl
                    + "/protocol/openid-connect/token"), auth, new CIBAGrant(id)).toHTTPRequest().send());
        } catch (IOException | com.nimbusds.oauth2.sdk.ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    static ErrorObject error(TokenResponse response) {
        if (response.indicatesSuccess()) {
            throw new AssertionError("tokens were issued");
        }
        return ((TokenErrorResponse) response).getErrorObject();
    }

    static JWTClaimsSet idToken(TokenResponse response) {
        try {
            return ((OIDCTokenResponse) response.toSuccessResponse()).getOIDCTokens().getIDToken().getJWTClaimsSet();
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    static JWTClaimsSet accessToken(TokenResponse response) {
        try {
            BearerAccessToken token = response.toSuccessResponse().getTokens().getBearerAccessToken();
            return JWTParser.parse(token.getValue()).getJWTClaimsSet();
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    static Consumer<CIBARequest.Builder> binding(String message) {
        return b -> b.bindingMessage(message);
    }

    static Consumer<CIBARequest.Builder> acr(String value) {
        return b -> b.acrValues(List.of(new ACR(value)));
    }

    static Consumer<CIBARequest.Builder> withdrawal(String binding, AuthorizationDetail detail) {
        return b -> b.bindingMessage(binding).authorizationDetails(List.of(detail));
    }
}
