package dev.sls.withdrawal;

import dev.sls.core.jpa.PersonRecordEntity;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * One confirmed withdrawal (table {@code SLS_WITHDRAWAL}), kept until {@code expiresAt} so the rolling windows can be
 * enforced. Amounts are whole numbers of the currency's smallest unit. Times are epoch milliseconds.
 */
@AttributeOverride(name = "recordedAt", column = @Column(name = "CONFIRMED_AT", nullable = false))
@Entity(name = "SlsWithdrawal")
@Table(name = "SLS_WITHDRAWAL")
public class WithdrawalEntity extends PersonRecordEntity {

    @Column(name = "EXPIRES_AT", nullable = false)
    private long expiresAt;
    @Column(name = "AMOUNT_MINOR", nullable = false)
    private long amountMinor;
    @Column(name = "CURRENCY", length = 3, nullable = false)
    private String currency;
    @Column(name = "COUNTED_MINOR", nullable = false)
    private long countedMinor;
    @Column(name = "COUNTED_CURRENCY", length = 3, nullable = false)
    private String countedCurrency;
    @Column(name = "CREDENTIAL_TYPE", length = 64, nullable = false)
    private String credentialType;
    @Column(name = "CLIENT_ID", length = 255)
    private String clientId;
    @Column(name = "RECORDED_BY", length = 255)
    private String recordedBy;

    public long getExpiresAt() {
        return expiresAt;
    }

    public void setExpiresAt(long expiresAt) {
        this.expiresAt = expiresAt;
    }

    public long getAmountMinor() {
        return amountMinor;
    }

    public void setAmountMinor(long amountMinor) {
        this.amountMinor = amountMinor;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public long getCountedMinor() {
        return countedMinor;
    }

    public void setCountedMinor(long countedMinor) {
        this.countedMinor = countedMinor;
    }

    public String getCountedCurrency() {
        return countedCurrency;
    }

    public void setCountedCurrency(String countedCurrency) {
        this.countedCurrency = countedCurrency;
    }

    public String getCredentialType() {
        return credentialType;
    }

    public void setCredentialType(String credentialType) {
        this.credentialType = credentialType;
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    /** Who added it by hand through the admin API (a withdrawal confirmed elsewhere), or null for a login. */
    public String getRecordedBy() {
        return recordedBy;
    }

    public void setRecordedBy(String recordedBy) {
        this.recordedBy = recordedBy;
    }
}
