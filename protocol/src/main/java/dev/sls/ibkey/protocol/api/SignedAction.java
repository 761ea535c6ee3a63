package dev.sls.ibkey.protocol.api;

/**
 * Body of the calls that carry nothing but the phone's signature ({@code POST .../removal}, {@code POST
 * .../transfer-offers}): the message signed names the action and the device handle.
 *
 * @param nonce     fresh random value, Base64url, 16 to 64 characters
 * @param time      the phone's clock, epoch seconds
 * @param signature Base64url DER ECDSA-SHA256 signature
 */
public record SignedAction(String nonce, long time, String signature) {
}
