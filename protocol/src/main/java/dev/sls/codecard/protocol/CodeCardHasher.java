package dev.sls.codecard.protocol;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * One-way form of a card as the server stores it: each cell is hashed separately with
 * PBKDF2-HMAC-SHA256 over (card salt, index), so a stored card can verify any challenge but a
 * database dump yields the codes only by brute-forcing every cell through the iterated hash.
 */
public final class CodeCardHasher {

    public static final String ALGORITHM = "PBKDF2-HMAC-SHA256";
    public static final int DEFAULT_ITERATIONS = 1_000;
    public static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 128;

    private final int iterations;

    public CodeCardHasher(int iterations) {
        if (iterations < 1 || iterations > 1_000_000) {
            throw new IllegalArgumentException("iterations out of range");
        }
        this.iterations = iterations;
    }

    public int iterations() {
        return iterations;
    }

    public List<byte[]> hashCard(byte[] salt, CodeCard card) {
        List<byte[]> hashes = new ArrayList<>(card.size());
        for (int index = 1; index <= card.size(); index++) {
            hashes.add(hashCell(salt, index, card.codeAt(index)));
        }
        return hashes;
    }

    public byte[] hashCell(byte[] salt, int index, String code) {
        byte[] cellSalt = ByteBuffer.allocate(salt.length + Integer.BYTES).put(salt).putInt(index).array();
        PBEKeySpec spec = new PBEKeySpec(code.toCharArray(), cellSalt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 unavailable", e);
        } finally {
            spec.clearPassword();
        }
    }

    /** Constant-time check of one typed code against a stored cell hash. */
    public boolean matches(byte[] salt, int index, String candidate, byte[] expected) {
        return MessageDigest.isEqual(hashCell(salt, index, candidate), expected);
    }
}
