package dev.sls.ibkey.protocol;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How an app proves it knows the recovery PIN without sending it. The PIN set at the first activation reaches the
 * server only as its SHA-1 (the OCRA "P" input, already kept in the credential's secret data). At recovery the app
 * computes {@code HMAC-SHA256(key = SHA-1(PIN), "sls-ibkey-recovery-pin\n" realm "\n" recoveryId)}, Base64url: the
 * recovery id is random and single use, so a proof is worth nothing for another recovery and the PIN never travels.
 */
public final class RecoveryPin {

    private static final String LABEL = "sls-ibkey-recovery-pin";

    private RecoveryPin() {
    }

    /** The proof the app sends, from the PIN the person typed. */
    public static String proofFromPin(String pin, String realm, String recoveryId) {
        return proof(sha1(pin), realm, recoveryId);
    }

    /** The proof the server expects, from the stored hex SHA-1 of the PIN. */
    public static String proofFromHash(String pinHashHex, String realm, String recoveryId) {
        return proof(HexFormat.of().parseHex(pinHashHex), realm, recoveryId);
    }

    /** Constant-time comparison of a sent proof with the expected one. */
    public static boolean matches(String pinHashHex, String realm, String recoveryId, String sent) {
        if (sent == null || sent.length() > 64) {
            return false;
        }
        byte[] expected = proofFromHash(pinHashHex, realm, recoveryId).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, sent.getBytes(StandardCharsets.US_ASCII));
    }

    private static String proof(byte[] key, String realm, String recoveryId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] tag = mac.doFinal((LABEL + "\n" + realm + "\n" + recoveryId).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(tag);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks HMAC-SHA256", e);
        }
    }

    private static byte[] sha1(String pin) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(pin.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks SHA-1", e);
        }
    }
}
