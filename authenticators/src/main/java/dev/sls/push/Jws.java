package dev.sls.push;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;
import java.util.Map;

/** Compact JWS (signed JWT) for the RS256 and ES256 algorithms, on java.security alone. */
final class Jws {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final int P256_COORDINATE_BYTES = 32;

    private Jws() {
    }

    static String rs256(Map<String, Object> header, Map<String, Object> claims, PrivateKey key) {
        return sign(header, claims, key, "SHA256withRSA", false);
    }

    static String es256(Map<String, Object> header, Map<String, Object> claims, PrivateKey key) {
        return sign(header, claims, key, "SHA256withECDSA", true);
    }

    private static String sign(Map<String, Object> header, Map<String, Object> claims, PrivateKey key,
                               String algorithm, boolean ecdsa) {
        String signingInput = BASE64URL.encodeToString(PushJson.bytes(header)) + "."
                + BASE64URL.encodeToString(PushJson.bytes(claims));
        try {
            Signature signature = Signature.getInstance(algorithm);
            signature.initSign(key);
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            byte[] value = signature.sign();
            if (ecdsa) {
                value = derToJose(value, P256_COORDINATE_BYTES);
            }
            return signingInput + "." + BASE64URL.encodeToString(value);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign " + algorithm + " JWT", e);
        }
    }

    /**
     * JCA's ECDSA signature is DER {@code SEQUENCE { INTEGER r, INTEGER s }}; JWS wants r and s as fixed-size
     * unsigned big-endian numbers, concatenated (RFC 7518 section 3.4).
     */
    static byte[] derToJose(byte[] der, int coordinateBytes) {
        int pos = 0;
        if (der.length < 8 || der[pos++] != 0x30) {
            throw new IllegalArgumentException("not a DER ECDSA signature");
        }
        int[] sequence = readLength(der, pos);
        pos = sequence[1];
        if (pos + sequence[0] != der.length) {
            throw new IllegalArgumentException("DER signature length mismatch");
        }
        byte[] jose = new byte[2 * coordinateBytes];
        for (int part = 0; part < 2; part++) {
            if (der[pos++] != 0x02) {
                throw new IllegalArgumentException("DER signature without INTEGER");
            }
            int[] integer = readLength(der, pos);
            int length = integer[0];
            pos = integer[1];
            int start = pos;
            int end = pos + length;
            if (end > der.length) {
                throw new IllegalArgumentException("DER signature truncated");
            }
            while (start < end && der[start] == 0) {
                start++; // sign byte or leading zeros
            }
            int significant = end - start;
            if (significant > coordinateBytes) {
                throw new IllegalArgumentException("DER signature integer too long");
            }
            System.arraycopy(der, start, jose, (part + 1) * coordinateBytes - significant, significant);
            pos = end;
        }
        return jose;
    }

    /** Returns {length, position after the length bytes}. */
    private static int[] readLength(byte[] der, int pos) {
        int first = der[pos++] & 0xff;
        if (first < 0x80) {
            return new int[] {first, pos};
        }
        int count = first & 0x7f;
        if (count == 0 || count > 2 || pos + count > der.length) {
            throw new IllegalArgumentException("unsupported DER length");
        }
        int length = 0;
        for (int i = 0; i < count; i++) {
            length = (length << 8) | (der[pos++] & 0xff);
        }
        return new int[] {length, pos};
    }
}
