package dev.sls.dscplus.protocol.pskc;

import dev.sls.core.ocra.OcraSuite;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Writes a PSKC file the way a card vendor delivers one: each card's OCRA key, in clear or encrypted with AES-CBC
 * under a pre-shared key or a key derived from a password (PBKDF2), each value with its HMAC. The simulated vendor
 * of the reference devices and the tests use it; {@link PskcReader} reads what it writes.
 */
public final class PskcWriter {

    public static final String HMAC_SHA1 = "http://www.w3.org/2000/09/xmldsig#hmac-sha1";
    public static final String HMAC_SHA256 = "http://www.w3.org/2001/04/xmldsig-more#hmac-sha256";
    private static final String AES128_CBC = "http://www.w3.org/2001/04/xmlenc#aes128-cbc";

    /** One card to write; {@code suite} goes into the algorithm URI, as the PSKC algorithm profiles do. */
    public record Entry(String serial, String keyId, String manufacturer, OcraSuite suite, byte[] secret) { }

    private final SecureRandom random;
    private final byte[] encryptionKey;
    private final String encryptionKeyXml;
    private final String macUri;
    private final List<Entry> entries = new ArrayList<>();
    private byte[] macKey;

    private PskcWriter(SecureRandom random, byte[] encryptionKey, String encryptionKeyXml, String macUri) {
        this.random = random;
        this.encryptionKey = encryptionKey;
        this.encryptionKeyXml = encryptionKeyXml;
        this.macUri = macUri;
    }

    public static PskcWriter plain() {
        return new PskcWriter(new SecureRandom(), null, null, null);
    }

    /** AES-128-CBC under {@code key} (16 bytes), values authenticated with {@code macUri}. */
    public static PskcWriter preShared(byte[] key, String macUri) {
        return new PskcWriter(new SecureRandom(), key.clone(),
                "<EncryptionKey><ds:KeyName>Pre-shared-key</ds:KeyName></EncryptionKey>", macUri);
    }

    /** AES-128-CBC under a key derived from {@code password} with PBKDF2-HMAC-SHA1. */
    public static PskcWriter password(String password, int iterations) {
        SecureRandom random = new SecureRandom();
        byte[] salt = new byte[8];
        random.nextBytes(salt);
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 128);
        byte[] key;
        try {
            key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA1").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        } finally {
            spec.clearPassword();
        }
        String xml = "<EncryptionKey><xenc11:DerivedKey><xenc11:KeyDerivationMethod Algorithm=\"" + Pbkdf2Params.PBKDF2
                + "\"><pkcs5:PBKDF2-params><Salt><Specified>" + b64(salt) + "</Specified></Salt><IterationCount>"
                + iterations + "</IterationCount><KeyLength>16</KeyLength><PRF/></pkcs5:PBKDF2-params>"
                + "</xenc11:KeyDerivationMethod><xenc11:MasterKeyName>password</xenc11:MasterKeyName>"
                + "</xenc11:DerivedKey></EncryptionKey>";
        return new PskcWriter(random, key, xml, HMAC_SHA1);
    }

    public PskcWriter add(Entry entry) {
        entries.add(entry);
        return this;
    }

    public String write() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<KeyContainer Version=\"1.0\""
                + " xmlns=\"urn:ietf:params:xml:ns:keyprov:pskc\" xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\""
                + " xmlns:xenc=\"http://www.w3.org/2001/04/xmlenc#\" xmlns:xenc11=\"http://www.w3.org/2009/xmlenc11#\""
                + " xmlns:pkcs5=\"http://www.rsasecurity.com/rsalabs/pkcs/schemas/pkcs-5v2-0#\">\n");
        if (encryptionKey != null) {
            macKey = new byte[20];
            random.nextBytes(macKey);
            xml.append("  ").append(encryptionKeyXml).append("\n  <MACMethod Algorithm=\"").append(macUri)
                    .append("\"><MACKey>").append(encrypted(macKey)).append("</MACKey></MACMethod>\n");
        }
        for (Entry entry : entries) {
            xml.append(keyPackage(entry));
        }
        return xml.append("</KeyContainer>\n").toString();
    }

    private String keyPackage(Entry entry) {
        String pinMode = entry.suite().pinHashAlgorithm().isPresent() ? "Algorithmic" : "Local";
        return "  <KeyPackage>\n    <DeviceInfo><Manufacturer>" + escape(entry.manufacturer()) + "</Manufacturer><SerialNo>"
                + escape(entry.serial()) + "</SerialNo></DeviceInfo>\n    <Key Id=\"" + escape(entry.keyId())
                + "\" Algorithm=\"" + KeyPackageReader.PROFILE_PREFIX + entry.suite() + "\">\n"
                + "      <AlgorithmParameters><ResponseFormat Length=\"" + entry.suite().digits()
                + "\" Encoding=\"DECIMAL\"/></AlgorithmParameters>\n      <Data><Secret>" + secret(entry.secret())
                + "</Secret>" + (entry.suite().usesCounter() ? "<Counter><PlainValue>0</PlainValue></Counter>" : "")
                + "</Data>\n      <Policy><PINPolicy MinLength=\"4\" MaxLength=\"4\" PINEncoding=\"DECIMAL\" PINUsageMode=\""
                + pinMode + "\"/></Policy>\n    </Key>\n  </KeyPackage>\n";
    }

    private String secret(byte[] secret) {
        if (encryptionKey == null) {
            return "<PlainValue>" + b64(secret) + "</PlainValue>";
        }
        byte[] cipherValue = cipher(secret);
        return "<EncryptedValue>" + encryptedXml(cipherValue) + "</EncryptedValue><ValueMAC>" + b64(mac(cipherValue))
                + "</ValueMAC>";
    }

    private String encrypted(byte[] value) {
        return encryptedXml(cipher(value));
    }

    private static String encryptedXml(byte[] cipherValue) {
        return "<xenc:EncryptionMethod Algorithm=\"" + AES128_CBC + "\"/><xenc:CipherData><xenc:CipherValue>"
                + b64(cipherValue) + "</xenc:CipherValue></xenc:CipherData>";
    }

    /** IV, then AES-CBC with PKCS#7 padding (a valid XML Encryption padding). */
    private byte[] cipher(byte[] value) {
        byte[] iv = new byte[16];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(encryptionKey, "AES"), new IvParameterSpec(iv));
            byte[] body = cipher.doFinal(value);
            byte[] out = new byte[iv.length + body.length];
            System.arraycopy(iv, 0, out, 0, iv.length);
            System.arraycopy(body, 0, out, iv.length, body.length);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] mac(byte[] data) {
        String algorithm = HMAC_SHA256.equals(macUri) ? "HmacSHA256" : "HmacSHA1";
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(macKey, algorithm));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static String escape(String text) {
        String value = text == null ? "" : text;
        return value.replace("&", "&amp;")
                .replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
