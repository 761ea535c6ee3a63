package dev.sls.binding.history;

import dev.sls.core.jpa.PersonRecordEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One line of a person's device history (table {@code SLS_DEVICE_HISTORY}). Times are epoch milliseconds. */
@Entity(name = "SlsDeviceHistory")
@Table(name = "SLS_DEVICE_HISTORY")
public class DeviceHistoryEntity extends PersonRecordEntity {

    @Column(name = "EVENT", length = 16, nullable = false)
    private String event;
    @Column(name = "DEVICE_TYPE", length = 64, nullable = false)
    private String deviceType;
    @Column(name = "LABEL", length = 64)
    private String label;
    @Column(name = "PROOF", length = 32)
    private String proof;
    @Column(name = "CREDENTIAL_ID", length = 36)
    private String credentialId;
    @Column(name = "PUBLIC_KEY", length = 512)
    private String publicKey;
    @Column(name = "ACTOR", length = 255)
    private String actor;

    public String getEvent() {
        return event;
    }

    public void setEvent(String event) {
        this.event = event;
    }

    public String getDeviceType() {
        return deviceType;
    }

    public void setDeviceType(String deviceType) {
        this.deviceType = deviceType;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public String getProof() {
        return proof;
    }

    public void setProof(String proof) {
        this.proof = proof;
    }

    public String getCredentialId() {
        return credentialId;
    }

    public void setCredentialId(String credentialId) {
        this.credentialId = credentialId;
    }

    public String getPublicKey() {
        return publicKey;
    }

    public void setPublicKey(String publicKey) {
        this.publicKey = publicKey;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }
}
