package dev.sls.it;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import dev.sls.testkit.browser.Tokens;
import java.net.MalformedURLException;
import java.net.URI;

/**
 * What a relying application does with the ID token, with a real OpenID Connect library (Nimbus OAuth 2.0 SDK): checks
 * the signature against the realm's published keys (JWKS), issuer, audience, expiry and nonce, then reads the claims.
 */
public final class RelyingParty {

    private RelyingParty() {
    }

    /** The ID token of a login driven by {@code OidcLogin}, with the nonce it sent (it already compared it). */
    public static IDTokenClaimsSet validate(String realmUrl, String clientId, Tokens tokens) {
        try {
            return validate(realmUrl, clientId, JWTParser.parse(tokens.idToken()),
                    new Nonce(tokens.idClaims().path("nonce").asText()));
        } catch (java.text.ParseException e) {
            throw new AssertionError("the ID token is not a JWT: " + e, e);
        }
    }

    public static IDTokenClaimsSet validate(String realmUrl, String clientId, JWT idToken, Nonce nonce) {
        try {
            IDTokenValidator validator = new IDTokenValidator(new Issuer(realmUrl), new ClientID(clientId),
                    JWSAlgorithm.RS256, URI.create(realmUrl + "/protocol/openid-connect/certs").toURL());
            return validator.validate(idToken, nonce);
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new AssertionError("the ID token does not validate: " + e, e);
        }
    }
}
