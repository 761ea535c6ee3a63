package dev.sls.ibkey.protocol.api;

/**
 * The activation code is on its way.
 *
 * @param sentTo    the number, masked
 * @param expiresAt epoch seconds; asking again before then sends the same code
 */
public record ActivationSmsSent(String sentTo, long expiresAt) {
}
