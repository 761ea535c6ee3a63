package dev.sls.binding.history;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One line of a person's device history, as a caller records it. Nothing secret fits in it: the device's type, the
 * label the person sees, how the binding was proved (a short token such as {@code qr}, {@code sms}, {@code code-card},
 * {@code admin}), the credential id, and for IB Key the phone's public key so a signature can be checked later.
 *
 * @param deviceType   the credential type, e.g. {@code sls-ib-key}
 * @param label        what the person calls the device (phone name, card serial); at most 64 characters kept
 * @param proof        how it was proved or who did it, lower-case letters, digits and {@code -+}; may be null
 * @param credentialId the credential the entry is about; may be null
 * @param publicKey    Base64 X.509 public key of a device that signs (IB Key); may be null
 * @param actor        the admin who did it (blocked, returned, removed by Client Services); may be null
 */
public record HistoryEntry(HistoryEvent event, String deviceType, String label, String proof, String credentialId,
                           String publicKey, String actor) {

    static final int MAX_LABEL = 64;
    static final int MAX_KEY = 512;
    private static final Pattern TOKEN = Pattern.compile("[a-z0-9+-]{1,32}");
    private static final Pattern TYPE = Pattern.compile("[a-z0-9-]{1,64}");

    public HistoryEntry {
        Objects.requireNonNull(event, "event");
        if (deviceType == null || !TYPE.matcher(deviceType).matches()) {
            throw new IllegalArgumentException("deviceType must be a credential type");
        }
        if (proof != null && !TOKEN.matcher(proof).matches()) {
            throw new IllegalArgumentException("proof must be a short lower-case token");
        }
        if (credentialId != null && credentialId.length() > 36) {
            throw new IllegalArgumentException("credentialId is at most 36 characters");
        }
        if (publicKey != null && publicKey.length() > MAX_KEY) {
            throw new IllegalArgumentException("publicKey is at most " + MAX_KEY + " characters");
        }
        label = clip(label, MAX_LABEL);
        actor = clip(actor, 255);
    }

    public static HistoryEntry of(HistoryEvent event, String deviceType, String credentialId, String label,
                                  String proof) {
        return new HistoryEntry(event, deviceType, label, proof, credentialId, null, null);
    }

    /** The same entry with the device's public key (IB Key). */
    public HistoryEntry withPublicKey(String key) {
        return new HistoryEntry(event, deviceType, label, proof, credentialId, key, actor);
    }

    /** The same entry naming the admin who did it. */
    public HistoryEntry by(String admin) {
        return new HistoryEntry(event, deviceType, label, proof, credentialId, publicKey, admin);
    }

    private static String clip(String value, int max) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.length() > max ? stripped.substring(0, max) : stripped;
    }
}
