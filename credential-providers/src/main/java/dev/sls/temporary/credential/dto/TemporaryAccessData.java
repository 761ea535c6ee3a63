package dev.sls.temporary.credential.dto;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.sls.core.device.TemporaryDeviceMark;

/** Public part of temporary access: its kind, when the helpdesk issued it, until when it works, the grid's size. */
@JsonIgnoreProperties(ignoreUnknown = true) // e.g. LastUse.FIELD, written next to these fields
public final class TemporaryAccessData {

    private final String kind;
    private final long issuedAt;
    private final long expiresAt;
    private final int cells;
    private final String issuedBy;

    @JsonCreator
    public TemporaryAccessData(@JsonProperty("kind") String kind, @JsonProperty("issuedAt") long issuedAt,
                               @JsonProperty(TemporaryDeviceMark.EXPIRES_AT) long expiresAt,
                               @JsonProperty("cells") int cells, @JsonProperty("issuedBy") String issuedBy) {
        this.kind = kind;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
        this.cells = cells;
        this.issuedBy = issuedBy;
    }

    public String getKind() {
        return kind;
    }

    /** Epoch seconds. */
    public long getIssuedAt() {
        return issuedAt;
    }

    /** Epoch seconds. */
    @JsonProperty(TemporaryDeviceMark.EXPIRES_AT)
    public long getExpiresAt() {
        return expiresAt;
    }

    /** Cells of an online code card; 0 for a temporary code. */
    public int getCells() {
        return cells;
    }

    /** The helpdesk admin's user name. */
    public String getIssuedBy() {
        return issuedBy;
    }
}
