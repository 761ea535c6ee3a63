package dev.sls.ibkey.credential.dto;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Public part of an activated IB Key: the phone's device key and how to reach it. Visible to admins.
 *
 * @param publicKey    Base64url X.509 EC P-256 public key of the phone
 * @param activationId the id of the activation (its browser watch), so the activation page can tell its own success
 * @param encryptionKey Base64url X25519 public key the app registered for sealed deliveries (the temporary password),
 *                      or null when the app registered none
 */
public final class IbKeyCredentialData {

    private final String deviceId;
    private final String deviceName;
    private final String platform;
    private final String publicKey;
    private final String ocraSuite;
    private final String pushProvider;
    private final String pushToken;
    private final String activationId;
    private final String encryptionKey;

    /** Without an encryption key. */
    public IbKeyCredentialData(String deviceId, String deviceName, String platform, String publicKey, String ocraSuite,
                               String pushProvider, String pushToken, String activationId) {
        this(deviceId, deviceName, platform, publicKey, ocraSuite, pushProvider, pushToken, activationId, null);
    }

    @JsonCreator
    public IbKeyCredentialData(@JsonProperty("deviceId") String deviceId,
                               @JsonProperty("deviceName") String deviceName,
                               @JsonProperty("platform") String platform,
                               @JsonProperty("publicKey") String publicKey,
                               @JsonProperty("ocraSuite") String ocraSuite,
                               @JsonProperty("pushProvider") String pushProvider,
                               @JsonProperty("pushToken") String pushToken,
                               @JsonProperty("activationId") String activationId,
                               @JsonProperty("encryptionKey") String encryptionKey) {
        this.deviceId = deviceId;
        this.deviceName = deviceName;
        this.platform = platform;
        this.publicKey = publicKey;
        this.ocraSuite = ocraSuite;
        this.pushProvider = pushProvider;
        this.pushToken = pushToken;
        this.activationId = activationId;
        this.encryptionKey = encryptionKey;
    }

    public String getDeviceId() {
        return deviceId;
    }

    public String getDeviceName() {
        return deviceName;
    }

    public String getPlatform() {
        return platform;
    }

    public String getPublicKey() {
        return publicKey;
    }

    public String getOcraSuite() {
        return ocraSuite;
    }

    public String getPushProvider() {
        return pushProvider;
    }

    public String getPushToken() {
        return pushToken;
    }

    public String getActivationId() {
        return activationId;
    }

    public String getEncryptionKey() {
        return encryptionKey;
    }
}
