package dev.sls.temporary.credential;

import java.util.List;
import java.util.Map;
import org.keycloak.credential.CredentialInput;

/** What a person typed: the temporary code, or the codes of an online code card at the asked index numbers. */
public final class TemporaryAccessAnswer implements CredentialInput {

    private final String credentialId;
    private final String code;
    private final List<Integer> positions;
    private final Map<Integer, String> cells;

    private TemporaryAccessAnswer(String credentialId, String code, List<Integer> positions, Map<Integer, String> cells) {
        this.credentialId = credentialId;
        this.code = code;
        this.positions = List.copyOf(positions);
        this.cells = Map.copyOf(cells);
    }

    /** @param canonicalCode the typed code normalised, or "" when it could not be one */
    public static TemporaryAccessAnswer code(String credentialId, String canonicalCode) {
        return new TemporaryAccessAnswer(credentialId, canonicalCode, List.of(), Map.of());
    }

    public static TemporaryAccessAnswer cells(String credentialId, List<Integer> positions, Map<Integer, String> typed) {
        return new TemporaryAccessAnswer(credentialId, null, positions, typed);
    }

    @Override
    public String getCredentialId() {
        return credentialId;
    }

    @Override
    public String getType() {
        return TemporaryAccessCredentialModel.TYPE;
    }

    /** Not used as one string: codes are read through {@link #code()} and {@link #cell(int)}. */
    @Override
    public String getChallengeResponse() {
        return null;
    }

    String code() {
        return code;
    }

    List<Integer> positions() {
        return positions;
    }

    /** The typed code for {@code index} without spaces, or "" when none was typed. */
    String cell(int index) {
        String typed = cells.get(index);
        return typed == null ? "" : typed.replaceAll("\\s", "");
    }
}
