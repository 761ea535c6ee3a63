package dev.sls.dscplus.inventory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One card of the inventory (table {@code SLS_DSCPLUS_CARD}). The seed is held here, sealed, only while the card
 * is in stock or assigned; activation moves it into the person's credential. Serials repeat only for keys of one
 * device valid in different periods (as RFC 6030's bulk example has).
 */
@Entity(name = "SlsDscPlusCard")
@Table(name = "SLS_DSCPLUS_CARD")
public class CardEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;
    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;
    @Column(name = "SERIAL", length = 32, nullable = false)
    private String serial;
    @Column(name = "KEY_ID", length = 255)
    private String keyId;
    @Column(name = "MANUFACTURER", length = 255)
    private String manufacturer;
    @Column(name = "SUITE", length = 64, nullable = false)
    private String suite;
    @Enumerated(EnumType.STRING)
    @Column(name = "STATE", length = 16, nullable = false)
    private CardState state;
    @Column(name = "SEALED_SEED", length = 255)
    private String sealedSeed;
    @Column(name = "COUNTER")
    private Long counter;
    @Column(name = "VALID_FROM")
    private Long validFrom;
    @Column(name = "VALID_UNTIL")
    private Long validUntil;
    @Column(name = "USER_ID", length = 36)
    private String userId;
    @Column(name = "CREDENTIAL_ID", length = 36)
    private String credentialId;
    @Column(name = "BATCH_ID", length = 36, nullable = false)
    private String batchId;
    @Column(name = "CREATED_AT", nullable = false)
    private long createdAt;
    @Column(name = "UPDATED_AT", nullable = false)
    private long updatedAt;
    @Version
    @Column(name = "VERSION", nullable = false)
    private int version;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getRealmId() {
        return realmId;
    }

    public void setRealmId(String realmId) {
        this.realmId = realmId;
    }

    public String getSerial() {
        return serial;
    }

    public void setSerial(String serial) {
        this.serial = serial;
    }

    public String getKeyId() {
        return keyId;
    }

    public void setKeyId(String keyId) {
        this.keyId = keyId;
    }

    public String getManufacturer() {
        return manufacturer;
    }

    public void setManufacturer(String manufacturer) {
        this.manufacturer = manufacturer;
    }

    public String getSuite() {
        return suite;
    }

    public void setSuite(String suite) {
        this.suite = suite;
    }

    public CardState getState() {
        return state;
    }

    public void setState(CardState state) {
        this.state = state;
    }

    public String getSealedSeed() {
        return sealedSeed;
    }

    public void setSealedSeed(String sealedSeed) {
        this.sealedSeed = sealedSeed;
    }

    public Long getCounter() {
        return counter;
    }

    public void setCounter(Long counter) {
        this.counter = counter;
    }

    public Long getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(Long validFrom) {
        this.validFrom = validFrom;
    }

    public Long getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(Long validUntil) {
        this.validUntil = validUntil;
    }

    public String getUserId() {
        return userId;
    }

    public void setUserId(String userId) {
        this.userId = userId;
    }

    public String getCredentialId() {
        return credentialId;
    }

    public void setCredentialId(String credentialId) {
        this.credentialId = credentialId;
    }

    public String getBatchId() {
        return batchId;
    }

    public void setBatchId(String batchId) {
        this.batchId = batchId;
    }

    public long getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(long createdAt) {
        this.createdAt = createdAt;
    }

    public long getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(long updatedAt) {
        this.updatedAt = updatedAt;
    }

    public int getVersion() {
        return version;
    }

    /** Whether the vendor's validity period, if any, includes {@code millis}. */
    public boolean validAt(long millis) {
        return (validFrom == null || validFrom <= millis) && (validUntil == null || millis <= validUntil);
    }
}
