package dev.sls.dscplus.credential.dto;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Public part of a stored DSC+ card: which card of the inventory it is, and its OCRA suite. */
@JsonIgnoreProperties(ignoreUnknown = true) // e.g. LastUse.FIELD, written next to these fields
public final class DscPlusCredentialData {

    private final String serial;
    private final String cardId;
    private final String suite;

    @JsonCreator
    public DscPlusCredentialData(@JsonProperty("serial") String serial, @JsonProperty("cardId") String cardId,
                                 @JsonProperty("suite") String suite) {
        this.serial = serial;
        this.cardId = cardId;
        this.suite = suite;
    }

    public String getSerial() {
        return serial;
    }

    public String getCardId() {
        return cardId;
    }

    public String getSuite() {
        return suite;
    }
}
