package dev.sls.ibkey.app;

import dev.sls.ibkey.protocol.PasswordSeal;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The user's encryption key pair (X25519, for the password Client Services seals to the app), as the app file keeps
 * it. On platforms with an app PIN the private key is wrapped under a key derived from the PIN (PBKDF2-HMAC-SHA256,
 * AES-256-GCM), so opening a delivery needs the PIN and a wrong PIN is told before anything is fetched. On iOS the
 * phone's own unlock stands for that (a real app keeps the key in the Secure Enclave behind Face ID); this reference
 * app then stores it unwrapped.
 *
 * @param publicKey  Base64url of the 32-byte public key, as registered at activation
 * @param salt       Base64url PBKDF2 salt, or null when not PIN-protected
 * @param privateKey Base64url of IV (12 bytes) and wrapped private key, or of the private key itself without a PIN
 */
public record AppEncryptionKey(String publicKey, String salt, String privateKey) {

    static final int ITERATIONS = 210_000;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int IV_BYTES = 12;

    public AppEncryptionKey {
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(privateKey, "privateKey");
    }

    /** Stores {@code keys}, wrapped under {@code pin} when one is given. */
    static AppEncryptionKey create(PasswordSeal.KeyPair keys, String pin) {
        String publicKey = PasswordSeal.encode(keys.publicKey());
        if (pin == null) {
            return new AppEncryptionKey(publicKey, null, PasswordSeal.encode(keys.privateKey()));
        }
        byte[] salt = new byte[16];
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(salt);
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, pinKey(pin, salt), new GCMParameterSpec(128, iv));
            cipher.updateAAD(publicKey.getBytes(StandardCharsets.UTF_8));
            byte[] wrapped = cipher.doFinal(keys.privateKey());
            byte[] stored = Arrays.copyOf(iv, IV_BYTES + wrapped.length);
            System.arraycopy(wrapped, 0, stored, IV_BYTES, wrapped.length);
            return new AppEncryptionKey(publicKey, PasswordSeal.encode(salt), PasswordSeal.encode(stored));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK cannot wrap the encryption key", e);
        }
    }

    public boolean pinProtected() {
        return salt != null;
    }

    /**
     * The key pair, unwrapped with the PIN when it is PIN-protected.
     *
     * @throws IllegalArgumentException "wrong PIN" when the PIN does not unwrap it
     */
    PasswordSeal.KeyPair unlock(String pin) {
        byte[] publicBytes = PasswordSeal.decode(publicKey);
        if (!pinProtected()) {
            return new PasswordSeal.KeyPair(PasswordSeal.decode(privateKey), publicBytes);
        }
        if (pin == null || pin.isEmpty()) {
            throw new IllegalArgumentException("the app PIN is needed to open it");
        }
        byte[] stored = PasswordSeal.decode(privateKey);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, pinKey(pin, PasswordSeal.decode(salt)),
                    new GCMParameterSpec(128, stored, 0, IV_BYTES));
            cipher.updateAAD(publicKey.getBytes(StandardCharsets.UTF_8));
            return new PasswordSeal.KeyPair(cipher.doFinal(stored, IV_BYTES, stored.length - IV_BYTES), publicBytes);
        } catch (AEADBadTagException e) {
            throw new IllegalArgumentException("wrong PIN");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK cannot unwrap the encryption key", e);
        }
    }

    private static SecretKeySpec pinKey(String pin, byte[] salt) throws GeneralSecurityException {
        byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec(pin.toCharArray(), salt, ITERATIONS, 256)).getEncoded();
        return new SecretKeySpec(key, "AES");
    }

    /** Leaves the private key out. */
    @Override
    public String toString() {
        return "AppEncryptionKey[publicKey=" + publicKey + ", pinProtected=" + pinProtected() + "]";
    }

}
