package dev.sls.core.credential;

import java.util.Optional;
import org.keycloak.credential.CredentialInput;

/**
 * What the person typed for a challenge that was on screen (an offline IB Key response, a DSC+ card's display), for
 * the credential {@code credentialId} of {@code type}. Spaces and dashes the person typed are dropped.
 */
public final class ChallengeResponseInput implements CredentialInput {

    private final String type;
    private final String credentialId;
    private final String challenge;
    private final String response;

    public ChallengeResponseInput(String type, String credentialId, String challenge, String typedResponse) {
        this.type = type;
        this.credentialId = credentialId;
        this.challenge = challenge;
        this.response = typedResponse == null ? "" : typedResponse.replaceAll("[\\s-]", "");
    }

    /** {@code input} as a response for a credential of {@code type}, if that is what it is. */
    public static Optional<ChallengeResponseInput> of(CredentialInput input, String type) {
        return input instanceof ChallengeResponseInput response && type.equals(response.getType())
                && response.getCredentialId() != null ? Optional.of(response) : Optional.empty();
    }

    @Override
    public String getCredentialId() {
        return credentialId;
    }

    @Override
    public String getType() {
        return type;
    }

    @Override
    public String getChallengeResponse() {
        return response;
    }

    public String getChallenge() {
        return challenge;
    }
}
