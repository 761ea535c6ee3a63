package dev.sls.temporary.protocol;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * How temporary secrets are stored: PBKDF2-HMAC-SHA256 of the value with a random salt and the value's position
 * (0 for a temporary code, the index for a cell of an online code card). Nothing retrievable is kept.
 */
public final class TemporarySecretHasher {

    public static final String ALGORITHM = "PBKDF2-HMAC-SHA256";
    public static final int ITERATIONS = 1_000;
    public static final int SALT_BYTES = 16;

    private TemporarySecretHasher() {
    }

    public static byte[] hash(byte[] salt, int position, String value) {
        byte[] positioned = ByteBuffer.allocate(salt.length + Integer.BYTES).put(salt).putInt(position).array();
        PBEKeySpec spec = new PBEKeySpec(value.toCharArray(), positioned, ITERATIONS, 256);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is a required JDK algorithm", e);
        } finally {
            spec.clearPassword();
        }
    }

    public static boolean matches(byte[] salt, int position, String candidate, byte[] expected) {
        return MessageDigest.isEqual(hash(salt, position, candidate), expected);
    }
}
