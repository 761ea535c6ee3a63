package dev.sls.ibkey.protocol.api;

/**
 * A one-time transfer offer the old phone shows as a QR code ({@link dev.sls.ibkey.protocol.TransferUri}).
 *
 * @param offer     the secret the new phone presents; single use
 * @param username  the user it transfers
 * @param expiresAt epoch seconds
 */
public record TransferOffer(String offer, String username, long expiresAt) {
}
