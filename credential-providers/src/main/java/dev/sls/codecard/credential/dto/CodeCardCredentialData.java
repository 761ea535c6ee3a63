package dev.sls.codecard.credential.dto;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Public part of a stored Security Code Card: its shape and how its cells are hashed. */
@JsonIgnoreProperties(ignoreUnknown = true) // e.g. LastUse.FIELD, written next to these fields
public final class CodeCardCredentialData {

    private final int size;
    private final int codeLength;
    private final String algorithm;
    private final int iterations;

    @JsonCreator
    public CodeCardCredentialData(@JsonProperty("size") int size,
                                  @JsonProperty("codeLength") int codeLength,
                                  @JsonProperty("algorithm") String algorithm,
                                  @JsonProperty("iterations") int iterations) {
        this.size = size;
        this.codeLength = codeLength;
        this.algorithm = algorithm;
        this.iterations = iterations;
    }

    public int getSize() {
        return size;
    }

    public int getCodeLength() {
        return codeLength;
    }

    public String getAlgorithm() {
        return algorithm;
    }

    public int getIterations() {
        return iterations;
    }
}
