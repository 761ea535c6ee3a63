package dev.sls.ibkey.credential.dto;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Public part of an activated IB Key: the phone's device key and how to reach it. Visible to admins.
 *
 * @param publicKey    Base64url X.509 EC P-256 public key of the phone
 * @param activationId the id of the activation (its browser watch), so the activation page can tell its own success
 * @param recordedNumberMasked the number used at activation, masked; recovery sends its SMS to that number only
 * @param encryptionKey Base64url X25519 public key the app registered for sealed deliveries (the temporary password),
 *                      or null when the app registered none
 */
@JsonIgnoreProperties(ignoreUnknown = true) // e.g. LastUse.FIELD, written next to these fields
public final class IbKeyCredentialData {

    private final String deviceId;
    private final String deviceName;
    private final String platform;
    private final String publicKey;
    private final String ocraSuite;
    private final String pushProvider;
    private final String pushToken;
    private final String activationId;
    private final String recordedNumberMasked;
    private final String encryptionKey;

    @JsonCreator
    public IbKeyCredentialData(@JsonProperty("deviceId") String deviceId,
                               @JsonProperty("deviceName") String deviceName,
                               @JsonProperty("platform") String platform,
                               @JsonProperty("publicKey") String publicKey,
                               @JsonProperty("ocraSuite") String ocraSuite,
                               @JsonProperty("pushProvider") String pushProvider,
                               @JsonProperty("pushToken") String pushToken,
                               @JsonProperty("activationId") String activationId,
                               @JsonProperty("recordedNumberMasked") String recordedNumberMasked,
                               @JsonProperty("encryptionKey") String encryptionKey) {
        this.deviceId = deviceId;
        this.deviceName = deviceName;
        this.platform = platform;
        this.publicKey = publicKey;
        this.ocraSuite = ocraSuite;
        this.pushProvider = pushProvider;
        this.pushToken = pushToken;
        this.activationId = activationId;
        this.recordedNumberMasked = recordedNumberMasked;
        this.encryptionKey = encryptionKey;
    }

    public IbKeyCredentialData(String deviceId, String deviceName, String platform, String publicKey, String ocraSuite,
                               String pushProvider, String pushToken, String activationId) {
        this(deviceId, deviceName, platform, publicKey, ocraSuite, pushProvider, pushToken, activationId, null, null);
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

    /** The number recorded at activation, masked (the full number is in the secret data); null when none. */
    public String getRecordedNumberMasked() {
        return recordedNumberMasked;
    }

    public String getEncryptionKey() {
        return encryptionKey;
    }

    /** The same phone with another push address (tokens rotate). */
    public IbKeyCredentialData withPushTarget(String newPushProvider, String newPushToken) {
        return new IbKeyCredentialData(deviceId, deviceName, platform, publicKey, ocraSuite, newPushProvider,
                newPushToken, activationId, recordedNumberMasked, encryptionKey);
    }

    /** The same phone with another encryption key (its app state was reset and it activated again). */
    public IbKeyCredentialData withEncryptionKey(String newEncryptionKey) {
        return new IbKeyCredentialData(deviceId, deviceName, platform, publicKey, ocraSuite, pushProvider, pushToken,
                activationId, recordedNumberMasked, newEncryptionKey);
    }
}
