package dev.sls.ibkey.receipt;

import dev.sls.core.jpa.PersonRecordEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * One decision an IB Key phone signed (table {@code SLS_RECEIPT}), kept until {@code expiresAt}: the canonical message
 * exactly as signed, the signature and the public key that checks it (public, kept so the receipt can be checked after
 * the phone was replaced), and what the server knew of the login (client, address, browser), which the phone did not
 * sign. No secret is kept. Times are epoch milliseconds.
 */
@Entity(name = "SlsReceipt")
@Table(name = "SLS_RECEIPT")
public class ReceiptEntity extends PersonRecordEntity {

    @Column(name = "EXPIRES_AT", nullable = false)
    private long expiresAt;
    @Column(name = "KIND", length = 16, nullable = false)
    private String kind;
    @Column(name = "OUTCOME", length = 32, nullable = false)
    private String outcome;
    @Column(name = "DEVICE_ID", length = 36, nullable = false)
    private String deviceId;
    @Column(name = "CLIENT_ID", length = 255)
    private String clientId;
    @Column(name = "CLIENT_NAME", length = 255)
    private String clientName;
    @Column(name = "IP_ADDRESS", length = 64)
    private String ipAddress;
    @Column(name = "USER_AGENT", length = 255)
    private String userAgent;
    @Column(name = "MESSAGE", length = 4000, nullable = false)
    private String message;
    @Column(name = "SIGNATURE", length = 200, nullable = false)
    private String signature;
    @Column(name = "PUBLIC_KEY", length = 512, nullable = false)
    private String publicKey;

    public long getExpiresAt() {
        return expiresAt;
    }

    public void setExpiresAt(long expiresAt) {
        this.expiresAt = expiresAt;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getDeviceId() {
        return deviceId;
    }

    public void setDeviceId(String deviceId) {
        this.deviceId = deviceId;
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getClientName() {
        return clientName;
    }

    public void setClientName(String clientName) {
        this.clientName = clientName;
    }

    public String getIpAddress() {
        return ipAddress;
    }

    public void setIpAddress(String ipAddress) {
        this.ipAddress = ipAddress;
    }

    public String getUserAgent() {
        return userAgent;
    }

    public void setUserAgent(String userAgent) {
        this.userAgent = userAgent;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public String getSignature() {
        return signature;
    }

    public void setSignature(String signature) {
        this.signature = signature;
    }

    public String getPublicKey() {
        return publicKey;
    }

    public void setPublicKey(String publicKey) {
        this.publicKey = publicKey;
    }
}
