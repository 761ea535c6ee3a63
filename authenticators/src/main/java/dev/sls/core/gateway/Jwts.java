package dev.sls.core.gateway;

import java.security.PrivateKey;
import java.util.Map;
import org.keycloak.crypto.Algorithm;
import org.keycloak.crypto.AsymmetricSignatureSignerContext;
import org.keycloak.crypto.ECDSASignatureSignerContext;
import org.keycloak.crypto.KeyWrapper;
import org.keycloak.crypto.SignatureSignerContext;
import org.keycloak.jose.jws.JWSBuilder;

/** Signed JWTs a gateway asks for (OAuth assertions, provider tokens), built with Keycloak's own JOSE support. */
public final class Jwts {

    private Jwts() {
    }

    /** RS256 with {@code typ: JWT}, e.g. a Google service-account assertion (RFC 7523). */
    public static String rs256(Map<String, Object> claims, PrivateKey key) {
        KeyWrapper wrapper = wrapper(Algorithm.RS256, null, key);
        return new JWSBuilder().type("JWT").jsonContent(claims).sign(new AsymmetricSignatureSignerContext(wrapper));
    }

    /** ES256 with key id {@code kid}, e.g. an APNs provider token; the signature is JOSE's fixed-size R||S. */
    public static String es256(String kid, Map<String, Object> claims, PrivateKey key) {
        KeyWrapper wrapper = wrapper(Algorithm.ES256, kid, key);
        SignatureSignerContext signer = new ECDSASignatureSignerContext(wrapper);
        return new JWSBuilder().jsonContent(claims).sign(signer);
    }

    private static KeyWrapper wrapper(String algorithm, String kid, PrivateKey key) {
        KeyWrapper wrapper = new KeyWrapper();
        wrapper.setAlgorithm(algorithm);
        // JWSBuilder takes the header's kid from the key, not from JWSBuilder.kid().
        wrapper.setKid(kid);
        wrapper.setPrivateKey(key);
        return wrapper;
    }
}
