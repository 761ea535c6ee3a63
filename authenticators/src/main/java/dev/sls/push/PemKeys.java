package dev.sls.push;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads "-----BEGIN PRIVATE KEY-----" (PKCS#8) PEM text. Error messages never quote the key. */
final class PemKeys {

    private static final Pattern PKCS8 = Pattern.compile(
            "-----BEGIN PRIVATE KEY-----([A-Za-z0-9+/=\\s]+)-----END PRIVATE KEY-----");

    private PemKeys() {
    }

    /**
     * @param key the settings key to name in errors
     * @param what how the error message calls the value, e.g. "private_key"
     * @param algorithm "RSA" or "EC"
     */
    static PrivateKey pkcs8(String key, String what, String pem, String algorithm) {
        if (pem == null || pem.isBlank()) {
            throw new PushConfigException(key, what + " is missing");
        }
        if (pem.contains("BEGIN " + algorithm + " PRIVATE KEY") || pem.contains("BEGIN EC PRIVATE KEY")) {
            throw new PushConfigException(key, what + " must be PKCS#8 (\"BEGIN PRIVATE KEY\"), not a traditional "
                    + "key; convert it with: openssl pkcs8 -topk8 -nocrypt");
        }
        Matcher matcher = PKCS8.matcher(pem);
        if (!matcher.find()) {
            throw new PushConfigException(key, what + " is not a PEM \"BEGIN PRIVATE KEY\" block");
        }
        try {
            byte[] der = Base64.getMimeDecoder().decode(matcher.group(1).replaceAll("\\s", ""));
            return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new PushConfigException(key, what + " is not a valid " + algorithm + " private key");
        }
    }
}
