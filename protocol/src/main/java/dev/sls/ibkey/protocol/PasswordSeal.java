package dev.sls.ibkey.protocol;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.hpke.HPKE;
import org.bouncycastle.crypto.hpke.HPKEContextWithEncapsulation;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;

/**
 * The temporary password sealed to the app's encryption key with HPKE (RFC 9180), base mode, suite
 * DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, AES-128-GCM, from Bouncy Castle. The app registers the public key (32
 * raw bytes, Base64url) at activation; only the app can open what the server seals to it.
 *
 * <p>The HPKE {@code info} binds the realm, the user name and the purpose ({@link #info}), so a sealed password
 * cannot be passed off as meant for another user or realm, or as anything else; the AEAD's associated data is the
 * delivery id the server gave it.
 */
public final class PasswordSeal {

    /** Wire name of the suite, in the fetch answer. */
    public static final String SUITE = "DHKEM-X25519-HKDF-SHA256/HKDF-SHA256/AES-128-GCM";
    public static final int PUBLIC_KEY_BYTES = 32;
    static final String PURPOSE = "sls-ibkey-password-delivery-v1";

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private PasswordSeal() {
    }

    /** The app's encryption key pair, raw X25519 bytes (private 32, public 32). */
    public record KeyPair(byte[] privateKey, byte[] publicKey) {

        public KeyPair {
            Objects.requireNonNull(privateKey, "privateKey");
            Objects.requireNonNull(publicKey, "publicKey");
        }

        public String encodedPublicKey() {
            return ENCODER.encodeToString(publicKey);
        }
    }

    /** HPKE's encapsulated key and the ciphertext (with its 16-byte tag). */
    public record Sealed(byte[] enc, byte[] ciphertext) {

        public Sealed {
            Objects.requireNonNull(enc, "enc");
            Objects.requireNonNull(ciphertext, "ciphertext");
        }
    }

    static HPKE hpke() {
        return new HPKE(HPKE.mode_base, HPKE.kem_X25519_SHA256, HPKE.kdf_HKDF_SHA256, HPKE.aead_AES_GCM128);
    }

    public static KeyPair generateKeyPair() {
        HPKE hpke = hpke();
        AsymmetricCipherKeyPair pair = hpke.generatePrivateKey();
        return new KeyPair(hpke.serializePrivateKey(pair.getPrivate()), hpke.serializePublicKey(pair.getPublic()));
    }

    /**
     * Why {@code encoded} is not an encryption key the server can seal to, or empty when it is one: Base64url of
     * exactly 32 bytes, and a point X25519 can agree with (the low-order points give an all-zero secret and are
     * refused).
     */
    public static Optional<String> problem(String encoded) {
        byte[] key;
        try {
            key = decodePublicKey(encoded);
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
        try {
            seal(key, new byte[0], new byte[0], new byte[0]);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of("it is not an X25519 public key that can be used (a low-order point)");
        }
    }

    /** The 32 raw bytes of a Base64url (unpadded) X25519 public key. */
    public static byte[] decodePublicKey(String encoded) {
        if (encoded == null || encoded.isEmpty() || encoded.length() > 64) {
            throw new IllegalArgumentException("it must be the Base64url of a 32-byte X25519 public key");
        }
        byte[] key;
        try {
            key = Base64.getUrlDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("it is not Base64url");
        }
        if (key.length != PUBLIC_KEY_BYTES) {
            throw new IllegalArgumentException("an X25519 public key has 32 bytes, this one " + key.length);
        }
        return key;
    }

    /** HPKE {@code info}: the purpose, the realm and the user name, each length-prefixed (two bytes, big-endian). */
    public static byte[] info(String realm, String username) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String part : new String[] {PURPOSE, realm, username}) {
            byte[] bytes = Objects.requireNonNull(part, "realm and username are required").getBytes(StandardCharsets.UTF_8);
            if (bytes.length > 0xffff) {
                throw new IllegalArgumentException("info part too long");
            }
            out.write(bytes.length >> 8);
            out.write(bytes.length & 0xff);
            out.writeBytes(bytes);
        }
        return out.toByteArray();
    }

    /** Seals {@code plaintext} to the app's public key with a fresh ephemeral key. */
    public static Sealed seal(byte[] publicKey, byte[] info, byte[] aad, byte[] plaintext) {
        return seal(publicKey, info, aad, plaintext, null);
    }

    /** With a given ephemeral key pair (the RFC's test vectors); null draws a fresh one. */
    static Sealed seal(byte[] publicKey, byte[] info, byte[] aad, byte[] plaintext, AsymmetricCipherKeyPair ephemeral) {
        HPKE hpke = hpke();
        try {
            AsymmetricKeyParameter recipient = hpke.deserializePublicKey(publicKey);
            HPKEContextWithEncapsulation context = ephemeral == null ? hpke.setupBaseS(recipient, info)
                    : hpke.setupBaseS(recipient, info, ephemeral);
            return new Sealed(context.getEncapsulation(), context.seal(aad, plaintext));
        } catch (InvalidCipherTextException | RuntimeException e) {
            throw new IllegalArgumentException("cannot seal to this key: " + e.getClass().getSimpleName(), e);
        }
    }

    /**
     * Opens what {@link #seal} sealed with this key pair's public half.
     *
     * @throws IllegalArgumentException when it was not sealed to this key, or with other {@code info} or {@code aad},
     *                                  or was altered
     */
    public static byte[] open(KeyPair keys, byte[] info, byte[] aad, Sealed sealed) {
        HPKE hpke = hpke();
        try {
            AsymmetricCipherKeyPair recipient = hpke.deserializePrivateKey(keys.privateKey(), keys.publicKey());
            return hpke.setupBaseR(sealed.enc(), recipient, info).open(aad, sealed.ciphertext());
        } catch (InvalidCipherTextException | RuntimeException e) {
            throw new IllegalArgumentException("the sealed message does not open with this key", e);
        }
    }

    public static String encode(byte[] bytes) {
        return ENCODER.encodeToString(bytes);
    }

    /** Base64url (padding optional) to bytes; a malformed value is an {@link IllegalArgumentException}. */
    public static byte[] decode(String encoded) {
        if (encoded == null) {
            throw new IllegalArgumentException("missing value");
        }
        return Base64.getUrlDecoder().decode(encoded);
    }
}
