package dev.sls.dscplus.protocol.pskc;

import java.util.Arrays;
import java.util.Optional;

/**
 * What the vendor sent apart from the file to decrypt it: the pre-shared AES key, or the password of a
 * password-based (PBKDF2) file, or nothing for a file with plain values. Never printed.
 */
public final class TransportKey {

    private static final TransportKey NONE = new TransportKey(null, null);

    private final byte[] preSharedKey;
    private final char[] password;

    private TransportKey(byte[] preSharedKey, char[] password) {
        this.preSharedKey = preSharedKey;
        this.password = password;
    }

    public static TransportKey none() {
        return NONE;
    }

    public static TransportKey preShared(byte[] key) {
        return new TransportKey(key.clone(), null);
    }

    public static TransportKey password(String password) {
        return new TransportKey(null, password.toCharArray());
    }

    Optional<byte[]> preSharedKey() {
        return Optional.ofNullable(preSharedKey).map(byte[]::clone);
    }

    Optional<char[]> password() {
        return Optional.ofNullable(password).map(char[]::clone);
    }

    /** Overwrites the key material held here. */
    public void wipe() {
        if (preSharedKey != null) {
            Arrays.fill(preSharedKey, (byte) 0);
        }
        if (password != null) {
            Arrays.fill(password, '\0');
        }
    }

    @Override
    public String toString() {
        return preSharedKey != null ? "TransportKey[pre-shared]" : password != null ? "TransportKey[password]"
                : "TransportKey[none]";
    }
}
