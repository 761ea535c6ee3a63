package dev.sls.core.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPair;
import java.security.Signature;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JwtsTest {

    @Test
    void es256TokensCarryTheKeyIdAndAFixedSizeSignature() throws Exception {
        KeyPair keys = TestKeys.ec("secp256r1");
        Signature p1363 = Signature.getInstance("SHA256withECDSAinP1363Format");
        // Enough signatures that some r or s have leading zero bytes (DER drops them, JOSE keeps them).
        for (int i = 0; i < 200; i++) {
            JwtParts jwt = JwtParts.parse(Jwts.es256("KEY1234567", Map.of("iss", "TEAM123456", "iat", i),
                    keys.getPrivate()));
            assertEquals("ES256", jwt.header().get("alg").asText());
            assertEquals("KEY1234567", jwt.header().get("kid").asText());
            assertEquals(64, jwt.signature().length);
            p1363.initVerify(keys.getPublic());
            p1363.update(jwt.signingInput());
            assertTrue(p1363.verify(jwt.signature()), "JOSE form verifies as IEEE P1363");
        }
    }

    @Test
    void rs256TokensVerifyWithThePublicKey() throws Exception {
        KeyPair keys = TestKeys.rsa();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", "me");
        claims.put("exp", 1_800_000_000L);
        JwtParts jwt = JwtParts.parse(Jwts.rs256(claims, keys.getPrivate()));
        assertEquals("RS256", jwt.header().get("alg").asText());
        assertEquals("JWT", jwt.header().get("typ").asText());
        assertFalse(jwt.header().has("kid"));
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(keys.getPublic());
        verifier.update(jwt.signingInput());
        assertTrue(verifier.verify(jwt.signature()));
        assertEquals("me", jwt.claims().get("iss").asText());
        assertEquals(1_800_000_000L, jwt.claims().get("exp").asLong());
    }
}
