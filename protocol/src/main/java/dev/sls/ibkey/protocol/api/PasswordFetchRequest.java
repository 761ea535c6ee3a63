package dev.sls.ibkey.protocol.api;

/**
 * Body of {@code POST /realms/{realm}/sls/ibkey/devices/{deviceHandle}/password-delivery}: the phone takes the
 * temporary password Client Services sealed to it. Signed over
 * {@link dev.sls.ibkey.protocol.IbKeyMessages#fetchPassword}.
 *
 * @param nonce     fresh random value, Base64url, 16 to 64 characters
 * @param time      the phone's clock, epoch seconds
 * @param signature Base64url DER ECDSA-SHA256 signature by the device key
 */
public record PasswordFetchRequest(String nonce, long time, String signature) {
}
