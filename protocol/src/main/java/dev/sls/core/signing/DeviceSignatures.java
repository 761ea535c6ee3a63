package dev.sls.core.signing;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/** ECDSA-SHA256 signatures over {@link DeviceMessage#canonicalBytes()}, Base64url (DER) on the wire. */
public final class DeviceSignatures {

    /** Outcome of a check; only {@link #VALID} lets the server act (single use is the server's own check). */
    public enum Verdict { VALID, BAD_SIGNATURE, STALE, FROM_THE_FUTURE }

    private static final String ALGORITHM = "SHA256withECDSA";
    private static final int MAX_SIGNATURE_CHARS = 200;

    private DeviceSignatures() {
    }

    public static String sign(PrivateKey key, DeviceMessage message) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(key);
            signature.update(message.canonicalBytes());
            return Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign device message", e);
        }
    }

    /**
     * Checks signature and freshness: the message time must be within {@code maxAge} before
     * {@code now} and not more than {@code maxClockSkew} after it.
     */
    public static Verdict verify(PublicKey key, DeviceMessage message, String signature, Instant now,
                                 Duration maxAge, Duration maxClockSkew) {
        if (!signatureMatches(key, message, signature)) {
            return Verdict.BAD_SIGNATURE;
        }
        if (message.time().isAfter(now.plus(maxClockSkew))) {
            return Verdict.FROM_THE_FUTURE;
        }
        return message.time().isBefore(now.minus(maxAge)) ? Verdict.STALE : Verdict.VALID;
    }

    /** Whether {@code key} signed {@code message}, whenever that was (a kept receipt checked again later). */
    public static boolean signatureMatches(PublicKey key, DeviceMessage message, String signature) {
        if (signature == null || signature.isEmpty() || signature.length() > MAX_SIGNATURE_CHARS) {
            return false;
        }
        try {
            byte[] der = Base64.getUrlDecoder().decode(signature);
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(key);
            verifier.update(message.canonicalBytes());
            return verifier.verify(der);
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return false;
        }
    }
}
