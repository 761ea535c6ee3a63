package dev.sls.temporary.credential.dto;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** Secret part: a salt and the hashes (one for a temporary code, one per cell of an online code card), Base64. */
public final class TemporaryAccessSecret {

    private final String salt;
    private final List<String> hashes;

    @JsonCreator
    public TemporaryAccessSecret(@JsonProperty("salt") String salt, @JsonProperty("hashes") List<String> hashes) {
        this.salt = salt;
        this.hashes = hashes == null ? List.of() : List.copyOf(hashes);
    }

    public String getSalt() {
        return salt;
    }

    public List<String> getHashes() {
        return hashes;
    }
}
