package dev.sls.dscplus.protocol.pskc;

import static dev.sls.dscplus.protocol.pskc.PskcXml.DS;
import static dev.sls.dscplus.protocol.pskc.PskcXml.PSKC;
import static dev.sls.dscplus.protocol.pskc.PskcXml.XENC11;
import static dev.sls.dscplus.protocol.pskc.PskcXml.XENC;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.w3c.dom.Element;

/**
 * The container-wide protection of a PSKC file (RFC 6030 §6): the encryption key (pre-shared, or derived from a
 * password with PBKDF2) and the MAC key and algorithm every encrypted value is authenticated with.
 */
final class PskcEncryption {

    private static final Map<String, Integer> CBC_KEY_LENGTHS = Map.of(
            XENC + "aes128-cbc", 16, XENC + "aes192-cbc", 24, XENC + "aes256-cbc", 32);
    private static final Map<String, String> MACS = Map.of(
            DS + "hmac-sha1", "HmacSHA1",
            "http://www.w3.org/2001/04/xmldsig-more#hmac-sha256", "HmacSHA256",
            "http://www.w3.org/2001/04/xmldsig-more#hmac-sha512", "HmacSHA512");
    private static final int BLOCK = 16;
    /** IV and the largest secret read (see {@link KeyPackageReader#MAX_SECRET_BYTES}) with its padding. */
    private static final int MAX_CIPHER_BYTES = BLOCK + KeyPackageReader.MAX_SECRET_BYTES + BLOCK;
    private static final int MAX_MAC_BYTES = 64;

    private final byte[] encryptionKey;
    private final String macAlgorithm;
    private final byte[] macKey;

    private PskcEncryption(byte[] encryptionKey, String macAlgorithm, byte[] macKey) {
        this.encryptionKey = encryptionKey;
        this.macAlgorithm = macAlgorithm;
        this.macKey = macKey;
    }

    /** @throws PskcException when the container's protection is unknown or the matching transport key is missing */
    static PskcEncryption of(Element container, TransportKey transport) {
        Optional<Element> keyInfo = PskcXml.child(container, PSKC, "EncryptionKey");
        byte[] key = keyInfo.map(info -> encryptionKey(info, transport)).orElse(null);
        Optional<Element> macMethod = PskcXml.child(container, PSKC, "MACMethod");
        if (macMethod.isEmpty()) {
            return new PskcEncryption(key, null, null);
        }
        String uri = PskcXml.attribute(macMethod.get(), "Algorithm").orElse("");
        String algorithm = MACS.get(uri);
        if (algorithm == null) {
            throw new PskcException("unsupported MAC algorithm " + (uri.isEmpty() ? "(none)" : PskcXml.shortened(uri)));
        }
        Optional<Element> macKey = PskcXml.child(macMethod.get(), PSKC, "MACKey");
        if (key == null) {
            throw new PskcException("the file has a MACMethod but no EncryptionKey");
        }
        // Early drafts of PSKC had no MACKey: the MAC was keyed with the encryption key itself.
        byte[] mac = macKey.isPresent() ? macKey(key, macKey.get()) : key.clone();
        return new PskcEncryption(key, algorithm, mac);
    }

    private static byte[] macKey(byte[] key, Element macKey) {
        cipherKeyLength(macKey);
        try {
            return decrypt(key, macKey);
        } catch (PskcException e) {
            throw new PskcException("the MAC key could not be decrypted: wrong pre-shared key or password, or a"
                    + " damaged file (" + e.getMessage() + ")");
        }
    }

    private static byte[] encryptionKey(Element info, TransportKey transport) {
        if (PskcXml.child(info, DS, "X509Data").isPresent()) {
            throw new PskcException("the file is encrypted to an X.509 certificate (asymmetric key transport), which"
                    + " is not supported: ask the vendor for a file protected with a pre-shared key or a password");
        }
        Optional<Element> derived = PskcXml.child(info, XENC11, "DerivedKey");
        if (derived.isPresent()) {
            char[] password = transport.password().orElseThrow(() -> new PskcException(
                    "the file is protected with a password (PBKDF2): give the password"));
            try {
                return Pbkdf2Params.of(derived.get()).derive(password);
            } finally {
                Arrays.fill(password, '\0');
            }
        }
        if (PskcXml.child(info, DS, "KeyName").isPresent()) {
            return transport.preSharedKey().orElseThrow(() -> new PskcException(
                    "the file is encrypted with a pre-shared key: give the pre-shared key"));
        }
        throw new PskcException("unknown kind of EncryptionKey");
    }

    boolean encrypted() {
        return encryptionKey != null;
    }

    /** Decrypts an {@code EncryptedValue} after checking its {@code ValueMAC} (over IV and ciphertext). */
    byte[] decryptChecked(Element encryptedValue, Optional<String> valueMac) {
        if (encryptionKey == null) {
            throw new PskcException("an encrypted value, but the file has no EncryptionKey");
        }
        cipherKeyLength(encryptedValue);
        if (macAlgorithm == null || valueMac.isEmpty()) {
            throw new PskcException("an encrypted value without a MAC (MACMethod and ValueMAC are required)");
        }
        byte[] cipherValue = cipherValue(encryptedValue);
        byte[] expected = PskcValues.base64(valueMac.get(), "the ValueMAC", MAX_MAC_BYTES);
        if (!MessageDigest.isEqual(expected, mac(cipherValue))) {
            throw new PskcException("the MAC does not match: wrong key, or a damaged value");
        }
        return decrypt(encryptionKey, encryptedValue);
    }

    private byte[] mac(byte[] data) {
        try {
            Mac mac = Mac.getInstance(macAlgorithm);
            mac.init(new SecretKeySpec(macKey, macAlgorithm));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new PskcException("the MAC key is not usable");
        }
    }

    /** AES-CBC as XML Encryption writes it: the IV first, then the ciphertext, padded with its length last. */
    private static byte[] decrypt(byte[] key, Element encrypted) {
        int keyLength = cipherKeyLength(encrypted);
        if (key.length != keyLength) {
            throw new PskcException("the key does not fit aes" + keyLength * 8 + "-cbc (" + key.length
                    + " bytes given, " + keyLength + " needed)");
        }
        byte[] data = cipherValue(encrypted);
        if (data.length < 2 * BLOCK || data.length % BLOCK != 0) {
            throw new PskcException("an encrypted value of the wrong length");
        }
        byte[] plain;
        try {
            Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(data, 0, BLOCK));
            plain = cipher.doFinal(data, BLOCK, data.length - BLOCK);
        } catch (GeneralSecurityException e) {
            throw new PskcException("the value could not be decrypted");
        }
        int pad = plain[plain.length - 1] & 0xff;
        if (pad < 1 || pad > BLOCK) {
            throw new PskcException("the value could not be decrypted: wrong key, or a damaged value");
        }
        byte[] value = Arrays.copyOf(plain, plain.length - pad);
        Arrays.fill(plain, (byte) 0);
        return value;
    }

    /**
     * The key length of the value's cipher, checked before any decryption so that a cipher the reader lacks is
     * reported as such and not as a wrong key, password or missing MAC.
     */
    private static int cipherKeyLength(Element encrypted) {
        Element method = PskcXml.child(encrypted, XENC, "EncryptionMethod")
                .orElseThrow(() -> new PskcException("an encrypted value without EncryptionMethod"));
        String uri = PskcXml.attribute(method, "Algorithm").orElse("");
        Integer keyLength = CBC_KEY_LENGTHS.get(uri);
        if (keyLength != null) {
            return keyLength;
        }
        String named = uri.isEmpty() ? "(none)" : PskcXml.shortened(uri);
        if (uri.contains("#kw-")) {
            throw new PskcException("key wrap (" + named + ") is not supported: ask the vendor for a file encrypted with"
                    + " AES-CBC and authenticated with HMAC (RFC 6030 section 6.1)");
        }
        throw new PskcException("unsupported cipher " + named + " (AES-128, AES-192 or AES-256 in CBC mode are)");
    }

    private static byte[] cipherValue(Element encrypted) {
        Element data = PskcXml.child(encrypted, XENC, "CipherData")
                .orElseThrow(() -> new PskcException("an encrypted value without CipherData"));
        String text = PskcXml.childText(data, XENC, "CipherValue")
                .orElseThrow(() -> new PskcException("an encrypted value without CipherValue"));
        return PskcValues.base64(text, "the CipherValue", MAX_CIPHER_BYTES);
    }

    void wipe() {
        if (encryptionKey != null) {
            Arrays.fill(encryptionKey, (byte) 0);
        }
        if (macKey != null) {
            Arrays.fill(macKey, (byte) 0);
        }
    }
}
