package dev.sls.core.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A compact JWS split into its decoded parts, for assertions. */
public record JwtParts(JsonNode header, JsonNode claims, byte[] signingInput, byte[] signature) {

    public static JwtParts parse(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length != 3) {
            throw new AssertionError("not a compact JWS: " + parts.length + " parts");
        }
        Base64.Decoder decoder = Base64.getUrlDecoder();
        try {
            return new JwtParts(
                    GatewayJson.parse(new String(decoder.decode(parts[0]), StandardCharsets.UTF_8)),
                    GatewayJson.parse(new String(decoder.decode(parts[1]), StandardCharsets.UTF_8)),
                    (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII),
                    decoder.decode(parts[2]));
        } catch (Exception e) {
            throw new AssertionError("JWT parts are not base64url JSON", e);
        }
    }

    /** JOSE r||s back to the DER SEQUENCE of two INTEGERs that java.security verifies. */
    public static byte[] joseToDer(byte[] jose) {
        int half = jose.length / 2;
        byte[] r = derInteger(jose, 0, half);
        byte[] s = derInteger(jose, half, half);
        int contentLength = r.length + s.length;
        byte[] der = new byte[2 + contentLength];
        der[0] = 0x30;
        der[1] = (byte) contentLength; // at most 70 for P-256
        System.arraycopy(r, 0, der, 2, r.length);
        System.arraycopy(s, 0, der, 2 + r.length, s.length);
        return der;
    }

    private static byte[] derInteger(byte[] source, int offset, int length) {
        int start = offset;
        while (start < offset + length - 1 && source[start] == 0) {
            start++;
        }
        int significant = offset + length - start;
        boolean needsSignByte = (source[start] & 0x80) != 0;
        byte[] out = new byte[2 + significant + (needsSignByte ? 1 : 0)];
        out[0] = 0x02;
        out[1] = (byte) (significant + (needsSignByte ? 1 : 0));
        System.arraycopy(source, start, out, needsSignByte ? 3 : 2, significant);
        return out;
    }
}
