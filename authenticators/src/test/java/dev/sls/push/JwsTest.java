package dev.sls.push;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.Signature;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JwsTest {

    @Test
    void ecdsaDerSignaturesBecomeFixedSizeJose() throws Exception {
        KeyPair keys = TestKeys.ec("secp256r1");
        Signature signer = Signature.getInstance("SHA256withECDSA");
        Signature p1363 = Signature.getInstance("SHA256withECDSAinP1363Format");
        // Enough signatures that some r or s have leading zero bytes (DER drops them, JOSE keeps them).
        for (int i = 0; i < 300; i++) {
            byte[] message = ("message " + i).getBytes(StandardCharsets.UTF_8);
            signer.initSign(keys.getPrivate());
            signer.update(message);
            byte[] der = signer.sign();
            byte[] jose = Jws.derToJose(der, 32);
            assertEquals(64, jose.length);
            p1363.initVerify(keys.getPublic());
            p1363.update(message);
            assertTrue(p1363.verify(jose), "JOSE form verifies as IEEE P1363");
            assertArrayEquals(der, JwtParts.joseToDer(jose), "round trip back to DER");
        }
    }

    @Test
    void malformedDerIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Jws.derToJose(new byte[] {0x30, 0x02, 0x02, 0x00}, 32));
        assertThrows(IllegalArgumentException.class, () -> Jws.derToJose(new byte[] {0x31, 6, 2, 1, 1, 2, 1, 1, 0}, 32));
        assertThrows(IllegalArgumentException.class, () -> Jws.derToJose(new byte[] {0x30, 6, 2, 9, 1, 2, 1, 1, 0, 0}, 32));
    }

    @Test
    void rs256TokensVerifyWithThePublicKey() throws Exception {
        KeyPair keys = TestKeys.rsa();
        JwtParts jwt = JwtParts.parse(Jws.rs256(Map.of("alg", "RS256"), Map.of("iss", "me"), keys.getPrivate()));
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(keys.getPublic());
        verifier.update(jwt.signingInput());
        assertTrue(verifier.verify(jwt.signature()));
        assertEquals("me", jwt.claims().get("iss").asText());
    }
}
