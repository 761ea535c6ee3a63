package dev.sls.ibkey.protocol.api;

/**
 * Body of {@code POST /transfers}: a new phone takes over the user of a transfer offer it scanned, with a new device
 * key. Signed with that key over {@link dev.sls.ibkey.protocol.IbKeyMessages#acceptTransfer}; the fields are those of
 * {@link ActivationRequest}, the offer standing for the activation code, and {@code encryptionKey} (optional, signed
 * with the rest) is the new phone's key for sealed deliveries, as at activation. Answered with an
 * {@link ActivationResponse}.
 */
public record TransferAcceptRequest(String offer, String publicKey, String deviceId, String deviceName,
                                    String platform, String pushProvider, String pushToken, String pinHash,
                                    String encryptionKey, String nonce, long time, String signature) {

    /** A transfer without an encryption key (apps that take no sealed deliveries). */
    public TransferAcceptRequest(String offer, String publicKey, String deviceId, String deviceName,
                                 String platform, String pushProvider, String pushToken, String pinHash,
                                 String nonce, long time, String signature) {
        this(offer, publicKey, deviceId, deviceName, platform, pushProvider, pushToken, pinHash, null, nonce, time,
                signature);
    }
}
