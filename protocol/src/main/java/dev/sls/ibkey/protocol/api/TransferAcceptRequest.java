package dev.sls.ibkey.protocol.api;

/**
 * Body of {@code POST /transfers}: a new phone takes over the user of a transfer offer it scanned, with a new device
 * key. Signed with that key over {@link dev.sls.ibkey.protocol.IbKeyMessages#acceptTransfer}; the fields are those of
 * {@link ActivationRequest}, the offer standing for the activation code. Answered with an {@link ActivationResponse}.
 */
public record TransferAcceptRequest(String offer, String publicKey, String deviceId, String deviceName,
                                    String platform, String pushProvider, String pushToken, String pinHash,
                                    String nonce, long time, String signature) {
}
