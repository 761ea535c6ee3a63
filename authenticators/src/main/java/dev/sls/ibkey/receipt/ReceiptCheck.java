package dev.sls.ibkey.receipt;

import dev.sls.core.signing.DeviceKeys;
import dev.sls.core.signing.DeviceMessage;
import dev.sls.core.signing.DeviceSignatures;
import java.security.PublicKey;
import java.util.Optional;

/**
 * Checks a receipt again: the kept (or presented) message must be a canonical device message and the signature must
 * be the kept public key's over exactly those bytes. Any change to the message, the signature or the key fails.
 */
public final class ReceiptCheck {

    /** Why a receipt does not hold; the wire form is the lower-case name. */
    public enum Problem { NOT_CANONICAL, KEY_UNREADABLE, SIGNATURE_MISMATCH, NOT_THIS_RECEIPT }

    private ReceiptCheck() {
    }

    /** Empty when {@code publicKey} signed {@code message}; else why not. */
    public static Optional<Problem> check(String publicKey, String message, String signature) {
        DeviceMessage parsed;
        try {
            parsed = DeviceMessage.parse(message);
        } catch (IllegalArgumentException e) {
            return Optional.of(Problem.NOT_CANONICAL);
        }
        PublicKey key;
        try {
            key = DeviceKeys.decodePublic(publicKey);
        } catch (RuntimeException e) {
            return Optional.of(Problem.KEY_UNREADABLE);
        }
        return DeviceSignatures.signatureMatches(key, parsed, signature) ? Optional.empty()
                : Optional.of(Problem.SIGNATURE_MISMATCH);
    }

    /**
     * A copy of a receipt presented as evidence (a printout, an export): it must be signed by the key kept for
     * {@code kept} and be about the same challenge and device.
     */
    public static Optional<Problem> checkCopy(ReceiptEntity kept, String message, String signature) {
        Optional<Problem> problem = check(kept.getPublicKey(), message, signature);
        if (problem.isPresent()) {
            return problem;
        }
        DeviceMessage copy = DeviceMessage.parse(message);
        DeviceMessage original = DeviceMessage.parse(kept.getMessage());
        boolean same = copy.challengeId().equals(original.challengeId())
                && copy.deviceHandle().equals(original.deviceHandle()) && copy.realm().equals(original.realm());
        return same ? Optional.empty() : Optional.of(Problem.NOT_THIS_RECEIPT);
    }
}
