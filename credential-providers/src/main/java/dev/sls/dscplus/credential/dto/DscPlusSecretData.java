package dev.sls.dscplus.credential.dto;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Secret part of a stored DSC+ card: its OCRA seed and, for suites with P, the PIN hash, both sealed. */
public final class DscPlusSecretData {

    private final String seed;
    private final String pinHash;

    @JsonCreator
    public DscPlusSecretData(@JsonProperty("seed") String seed, @JsonProperty("pinHash") String pinHash) {
        this.seed = seed;
        this.pinHash = pinHash;
    }

    public String getSeed() {
        return seed;
    }

    public String getPinHash() {
        return pinHash;
    }
}
