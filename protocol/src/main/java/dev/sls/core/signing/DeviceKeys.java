package dev.sls.core.signing;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECFieldFp;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;

/**
 * Device keys are EC P-256 (secp256r1) with ECDSA-SHA256: the curve the phones' hardware key stores
 * offer (Android Keystore/StrongBox, Apple Secure Enclave), so the private key never has to leave
 * that hardware; Ed25519 is not available in the Secure Enclave. The server stores only the public
 * key, as Base64 X.509 SubjectPublicKeyInfo.
 */
public final class DeviceKeys {

    public static final String CURVE = "secp256r1";
    private static final BigInteger P256_PRIME =
            new BigInteger("FFFFFFFF00000001000000000000000000000000FFFFFFFFFFFFFFFFFFFFFFFF", 16);
    private static final BigInteger P256_ORDER =
            new BigInteger("FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551", 16);

    private DeviceKeys() {
    }

    public static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec(CURVE));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks EC " + CURVE, e);
        }
    }

    public static String encodePublic(PublicKey key) {
        requireP256(key);
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    /**
     * Reads a public key sent by a device; anything but the exact encoding of a valid P-256 key is refused with
     * IllegalArgumentException. JDKs differ in what they tolerate (JDK 17 accepts trailing bytes that JDK 25 refuses),
     * so the key must re-encode to the very bytes sent, and every failure of the parser is caught.
     */
    public static PublicKey decodePublic(String encoded) {
        if (encoded == null || encoded.length() > 1024) {
            throw new IllegalArgumentException("device public key missing or too long");
        }
        try {
            byte[] der = Base64.getDecoder().decode(encoded);
            PublicKey key = KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(der));
            requireP256(key);
            if (!Arrays.equals(der, key.getEncoded())) {
                throw new IllegalArgumentException("not a canonical encoding");
            }
            return key;
        } catch (RuntimeException | GeneralSecurityException e) {
            throw new IllegalArgumentException("device public key is not a valid EC P-256 key");
        }
    }

    // Compared by the curve's numbers, not by name: providers (SunEC, Android's) name curves differently.
    private static void requireP256(PublicKey key) {
        if (!(key instanceof ECPublicKey ec)
                || !(ec.getParams().getCurve().getField() instanceof ECFieldFp field)
                || !P256_PRIME.equals(field.getP())
                || !P256_ORDER.equals(ec.getParams().getOrder())) {
            throw new IllegalArgumentException("device public key must be EC P-256");
        }
    }
}
