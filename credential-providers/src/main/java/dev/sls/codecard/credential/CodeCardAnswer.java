package dev.sls.codecard.credential;

import dev.sls.codecard.protocol.IndexChallenge;
import java.util.Map;
import org.keycloak.credential.CredentialInput;

/**
 * What a person typed for one challenge: a code per asked index number. Passed to
 * {@code user.credentialManager().isValid(...)} like any other credential input.
 */
public final class CodeCardAnswer implements CredentialInput {

    private final String credentialId;
    private final IndexChallenge challenge;
    private final Map<Integer, String> codes;

    public CodeCardAnswer(String credentialId, IndexChallenge challenge, Map<Integer, String> codes) {
        this.credentialId = credentialId;
        this.challenge = challenge;
        this.codes = Map.copyOf(codes);
    }

    @Override
    public String getCredentialId() {
        return credentialId;
    }

    @Override
    public String getType() {
        return CodeCardCredentialModel.TYPE;
    }

    /** Not used: the typed codes are only read through {@link #codeFor(int)}, never as one string. */
    @Override
    public String getChallengeResponse() {
        return null;
    }

    public IndexChallenge getChallenge() {
        return challenge;
    }

    /** The typed code for {@code index} with spaces and dashes removed, or "" when none was typed. */
    public String codeFor(int index) {
        String typed = codes.get(index);
        return typed == null ? "" : typed.replaceAll("[\\s-]", "");
    }
}
