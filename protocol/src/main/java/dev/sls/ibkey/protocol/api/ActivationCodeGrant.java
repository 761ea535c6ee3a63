package dev.sls.ibkey.protocol.api;

/**
 * The SMS code was right: an activation code the app presents to {@code POST /activations} with its new device key,
 * exactly as if it had been read from the QR code.
 *
 * @param expiresAt epoch seconds
 */
public record ActivationCodeGrant(String activationCode, long expiresAt) {
}
