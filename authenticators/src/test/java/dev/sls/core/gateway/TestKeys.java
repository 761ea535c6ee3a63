package dev.sls.core.gateway;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** Key pairs made per test run, PEM text and a fake Google service-account key file. */
public final class TestKeys {

    /** Stands for a secret in settings; it must never reach a gateway. */
    public static final String MARKER = "MARKER-SECRET-7f3a9c";

    private TestKeys() {
    }

    public static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static KeyPair ec(String curve) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec(curve));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String pem(PrivateKey key) {
        String base64 = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(key.getEncoded());
        return "-----BEGIN PRIVATE KEY-----\n" + base64 + "\n-----END PRIVATE KEY-----\n";
    }

    /** A 40-character run from the middle of the key's encoding: if it shows up anywhere, the key leaked. */
    public static String keyFragment(PrivateKey key) {
        String base64 = Base64.getEncoder().encodeToString(key.getEncoded());
        return base64.substring(base64.length() / 2, base64.length() / 2 + 40);
    }

    public static String serviceAccount(PrivateKey key, String tokenUri) {
        Map<String, Object> account = new LinkedHashMap<>();
        account.put("type", "service_account");
        account.put("project_id", "sls-test-project");
        account.put("private_key_id", MARKER);
        account.put("private_key", pem(key));
        account.put("client_email", "push-sender@sls-test-project.iam.gserviceaccount.com");
        account.put("client_id", "1234567890");
        account.put("token_uri", tokenUri);
        return new String(GatewayJson.bytes(account), StandardCharsets.UTF_8);
    }
}
