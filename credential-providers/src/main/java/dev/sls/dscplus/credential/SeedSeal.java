package dev.sls.dscplus.credential;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts card seeds (and PIN hashes) at rest with AES-GCM under a key that lives outside the database (a server
 * option). Each sealed value is bound to its card ({@code context}), so a value copied onto another card does not
 * open. Form: {@code v1.<key id>.<base64url(nonce | ciphertext | tag)>}; the key id says which key sealed it.
 */
public final class SeedSeal {

    private static final String VERSION = "v1";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] key;
    private final String keyId;

    private SeedSeal(byte[] key) {
        this.key = key.clone();
        this.keyId = keyId(key);
    }

    /** @throws IllegalArgumentException unless the key is 16, 24 or 32 bytes */
    public static SeedSeal withKey(byte[] key) {
        if (key == null || (key.length != 16 && key.length != 24 && key.length != 32)) {
            throw new IllegalArgumentException("the seed key must be 16, 24 or 32 bytes (AES)");
        }
        return new SeedSeal(key);
    }

    /** A key given as Base64 or hex text, as in a server option. */
    public static SeedSeal withKeyText(String text) {
        String trimmed = text.strip();
        byte[] key;
        try {
            key = trimmed.matches("[0-9a-fA-F]{32}|[0-9a-fA-F]{48}|[0-9a-fA-F]{64}") ? HexFormat.of().parseHex(trimmed)
                    : Base64.getDecoder().decode(trimmed);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the seed key is neither hex nor Base64");
        }
        return withKey(key);
    }

    public String keyId() {
        return keyId;
    }

    public String seal(byte[] plain, String context) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] sealed = crypt(Cipher.ENCRYPT_MODE, nonce, plain, 0, plain.length, context);
        byte[] out = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
        return VERSION + "." + keyId + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(out);
    }

    /** @throws IllegalArgumentException when the value was sealed with another key, for another card, or damaged */
    public byte[] open(String sealed, String context) {
        String[] parts = sealed == null ? new String[0] : sealed.split("\\.", -1);
        if (parts.length != 3 || !VERSION.equals(parts[0])) {
            throw new IllegalArgumentException("not a sealed value");
        }
        if (!keyId.equals(parts[1])) {
            throw new IllegalArgumentException("sealed with another seed key (" + parts[1] + ")");
        }
        byte[] data;
        try {
            data = Base64.getUrlDecoder().decode(parts[2]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a sealed value");
        }
        if (data.length <= NONCE_BYTES) {
            throw new IllegalArgumentException("not a sealed value");
        }
        return crypt(Cipher.DECRYPT_MODE, Arrays.copyOf(data, NONCE_BYTES), data, NONCE_BYTES,
                data.length - NONCE_BYTES, context);
    }

    /** Whether {@code sealed} has the sealed form (without opening it). */
    public static boolean looksSealed(String sealed) {
        return sealed != null && sealed.matches(VERSION + "\\.[0-9a-f]{8}\\.[A-Za-z0-9_-]{40,}");
    }

    private byte[] crypt(int mode, byte[] nonce, byte[] data, int offset, int length, String context) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(data, offset, length);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new IllegalArgumentException("the sealed value does not open with this key for this card");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is a required JDK algorithm", e);
        }
    }

    /** Names the key without revealing it: the start of an HMAC of a fixed label. */
    private static String keyId(byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] id = mac.doFinal("sls-dsc-plus seed key id".getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(id, 0, 4);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is a required JDK algorithm", e);
        }
    }

    @Override
    public String toString() {
        return "SeedSeal[" + keyId + "]";
    }
}
