package dev.sls.codecard.credential.dto;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** Secret part of a stored card: the card salt and one hash per cell, Base64, in index order. */
public final class CodeCardSecretData {

    private final String salt;
    private final List<String> cellHashes;

    @JsonCreator
    public CodeCardSecretData(@JsonProperty("salt") String salt,
                              @JsonProperty("cellHashes") List<String> cellHashes) {
        this.salt = salt;
        this.cellHashes = cellHashes == null ? List.of() : List.copyOf(cellHashes);
    }

    public String getSalt() {
        return salt;
    }

    public List<String> getCellHashes() {
        return cellHashes;
    }
}
