package dev.sls.core.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * The columns every record about one person shares (device history, IB Key receipts, withdrawals): its id, the realm,
 * the user and when it was recorded (epoch milliseconds, column {@code RECORDED_AT}; an entity that calls it otherwise
 * overrides the column). The tables themselves come from each store's Liquibase changelog.
 */
@MappedSuperclass
public abstract class PersonRecordEntity {

    @Id
    @Column(name = "ID", length = 36, nullable = false)
    private String id;
    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;
    @Column(name = "USER_ID", length = 36, nullable = false)
    private String userId;
    @Column(name = "RECORDED_AT", nullable = false)
    private long recordedAt;

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

    public String getUserId() {
        return userId;
    }

    public void setUserId(String userId) {
        this.userId = userId;
    }

    public long getRecordedAt() {
        return recordedAt;
    }

    public void setRecordedAt(long recordedAt) {
        this.recordedAt = recordedAt;
    }
}
