package dev.sls.core.gateway;

import java.security.PrivateKey;
import org.keycloak.common.util.PemUtils;

/**
 * Private keys from PEM text ("-----BEGIN PRIVATE KEY-----", PKCS#8), decoded by Keycloak's own {@link PemUtils}.
 * Error messages name the setting and never quote the key.
 */
public final class PemKeys {

    private static final String PKCS8_BEGIN = "-----BEGIN PRIVATE KEY-----";

    private PemKeys() {
    }

    /**
     * @param key the settings key to name in errors
     * @param what how the error message calls the value, e.g. "private_key"
     * @param algorithm the key algorithm expected, "RSA" or "EC"
     */
    public static PrivateKey pkcs8(String key, String what, String pem, String algorithm) {
        if (pem == null || pem.isBlank()) {
            throw new SettingException(key, what + " is missing");
        }
        if (pem.contains("BEGIN RSA PRIVATE KEY") || pem.contains("BEGIN EC PRIVATE KEY")) {
            throw new SettingException(key, what + " must be PKCS#8 (\"BEGIN PRIVATE KEY\"), not a traditional "
                    + "key; convert it with: openssl pkcs8 -topk8 -nocrypt");
        }
        if (!pem.contains(PKCS8_BEGIN) || !pem.contains("-----END PRIVATE KEY-----")) {
            throw new SettingException(key, what + " is not a PEM \"BEGIN PRIVATE KEY\" block");
        }
        PrivateKey decoded;
        try {
            decoded = PemUtils.decodePrivateKey(pem.strip());
        } catch (RuntimeException e) {
            throw new SettingException(key, what + " is not a valid " + algorithm + " private key");
        }
        if (decoded == null || !algorithm.equals(decoded.getAlgorithm()) && !("EC".equals(algorithm)
                && "ECDSA".equals(decoded.getAlgorithm()))) {
            throw new SettingException(key, what + " is not a valid " + algorithm + " private key");
        }
        return decoded;
    }
}
