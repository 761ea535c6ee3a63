package dev.sls.core.ocra;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * OCRA, the OATH Challenge-Response Algorithm (RFC 6287): {@code OCRA = CryptoFunction(K, DataInput)},
 * with CryptoFunction the HOTP (RFC 4226) HMAC and dynamic truncation. Used both by the party that
 * answers a challenge ({@link #generate}) and by the one that checks the answer ({@link #verify}).
 */
public final class Ocra {

    private static final int[] POWERS_OF_TEN = {
        1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000
    };

    private Ocra() {
    }

    /**
     * Computes the response: {@code suite.digits()} decimal digits, or with digits 0 the whole HMAC
     * as lower-case hex.
     *
     * @throws IllegalArgumentException if the key is empty or the input does not match the suite
     */
    public static String generate(OcraSuite suite, byte[] key, OcraInput input) {
        Objects.requireNonNull(suite, "suite");
        Objects.requireNonNull(input, "input");
        if (key == null || key.length == 0) {
            throw new IllegalArgumentException("key must not be empty");
        }
        byte[] dataInput = DataInput.encode(suite, input);
        try {
            byte[] mac = hmac(suite.hashAlgorithm(), key, dataInput);
            return suite.digits() == 0 ? HexFormat.of().formatHex(mac) : truncate(mac, suite.digits());
        } finally {
            Arrays.fill(dataInput, (byte) 0);
        }
    }

    /**
     * Whether {@code response} is the right answer, compared in constant time. A response of the
     * wrong length or with stray characters is simply wrong ({@code false}); hex responses (digits 0)
     * are compared ignoring case.
     *
     * @throws IllegalArgumentException if the key is empty or the input does not match the suite:
     *     that is a mistake of the caller, not of whoever typed the response
     */
    public static boolean verify(OcraSuite suite, byte[] key, OcraInput input, String response) {
        String expected = generate(suite, key, input);
        if (response == null) {
            return false;
        }
        String given = suite.digits() == 0 ? response.toLowerCase(Locale.ROOT) : response;
        return MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] hmac(HashAlgorithm algorithm, byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance(algorithm.macAlgorithm());
            mac.init(new SecretKeySpec(key, algorithm.macAlgorithm()));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks " + algorithm.macAlgorithm(), e);
        }
    }

    /** HOTP dynamic truncation (RFC 4226 §5.3) to {@code digits} decimal digits, zero-padded. */
    static String truncate(byte[] mac, int digits) {
        int offset = mac[mac.length - 1] & 0x0f;
        int binary = (mac[offset] & 0x7f) << 24
                | (mac[offset + 1] & 0xff) << 16
                | (mac[offset + 2] & 0xff) << 8
                | (mac[offset + 3] & 0xff);
        // A 31-bit value has at most 10 digits, so with digits 10 it is used whole.
        int code = digits >= POWERS_OF_TEN.length ? binary : binary % POWERS_OF_TEN[digits];
        String text = Integer.toString(code);
        return "0".repeat(digits - text.length()) + text;
    }
}
