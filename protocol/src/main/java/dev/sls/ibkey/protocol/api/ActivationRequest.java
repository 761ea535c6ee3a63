package dev.sls.ibkey.protocol.api;

/**
 * Body of {@code POST /realms/{realm}/sls/ibkey/activations}. Signed with the new device key over
 * {@link dev.sls.ibkey.protocol.IbKeyMessages#activation}, which proves the phone holds the private key it registers.
 *
 * @param activationCode the code from the QR or typed by hand (any case, dashes and spaces allowed)
 * @param publicKey      Base64 X.509 SubjectPublicKeyInfo of the EC P-256 device key
 * @param deviceId       stable id the app chose for this installation (recognises re-activation of the same phone)
 * @param deviceName     shown to the user and admin, e.g. "Pixel 8"
 * @param platform       {@code android}, {@code ios} or {@code cli}
 * @param pushProvider   sender id ({@code fcm}, {@code apns}, {@code webhook}) or null when the app polls
 * @param pushToken      registration token for that provider, or null
 * @param pinHash        hex SHA-1 of the app PIN when the profile uses one (OCRA "P" input), else null
 * @param encryptionKey  optional: Base64url of the app's 32-byte X25519 public key, to which the server seals what only
 *                       the app may read (the temporary password Client Services delivers, see
 *                       {@link dev.sls.ibkey.protocol.PasswordSeal}); signed with the rest; null when the app takes no
 *                       such deliveries. Activation, recovery and transfer all register it through this record.
 * @param nonce          fresh random value, Base64url, 16 to 64 characters
 * @param time           the phone's clock, epoch seconds
 * @param signature      Base64url DER ECDSA-SHA256 signature
 */
public record ActivationRequest(String activationCode, String publicKey, String deviceId, String deviceName,
                                String platform, String pushProvider, String pushToken, String pinHash,
                                String encryptionKey, String nonce, long time, String signature) {

    /** An activation without an encryption key (apps that take no sealed deliveries). */
    public ActivationRequest(String activationCode, String publicKey, String deviceId, String deviceName,
                             String platform, String pushProvider, String pushToken, String pinHash,
                             String nonce, long time, String signature) {
        this(activationCode, publicKey, deviceId, deviceName, platform, pushProvider, pushToken, pinHash, null, nonce,
                time, signature);
    }
}
