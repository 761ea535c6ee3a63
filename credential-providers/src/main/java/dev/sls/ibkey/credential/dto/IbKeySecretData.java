package dev.sls.ibkey.credential.dto;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What offline challenge/response needs: the OCRA key (Base64url) and, for PIN profiles, the hex SHA-1 hash of the
 * app PIN that OCRA's "P" input carries.
 */
public final class IbKeySecretData {

    private final String ocraKey;
    private final String pinHash;
    private final String recordedNumber;

    public IbKeySecretData(String ocraKey, String pinHash) {
        this(ocraKey, pinHash, null);
    }

    /** @param recordedNumber the E.164 number used at activation (recovery sends its SMS there only); may be null */
    @JsonCreator
    public IbKeySecretData(@JsonProperty("ocraKey") String ocraKey, @JsonProperty("pinHash") String pinHash,
                           @JsonProperty("recordedNumber") String recordedNumber) {
        this.ocraKey = ocraKey;
        this.pinHash = pinHash;
        this.recordedNumber = recordedNumber;
    }

    public String getOcraKey() {
        return ocraKey;
    }

    public String getPinHash() {
        return pinHash;
    }

    public String getRecordedNumber() {
        return recordedNumber;
    }
}
