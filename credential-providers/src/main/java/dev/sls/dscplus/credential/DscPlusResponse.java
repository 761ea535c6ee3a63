package dev.sls.dscplus.credential;

import org.keycloak.credential.CredentialInput;

/** The response typed from the card's display for the challenge that was on screen. */
public final class DscPlusResponse implements CredentialInput {

    private final String credentialId;
    private final String challenge;
    private final String response;

    public DscPlusResponse(String credentialId, String challenge, String typedResponse) {
        this.credentialId = credentialId;
        this.challenge = challenge;
        this.response = typedResponse == null ? "" : typedResponse.replaceAll("[\\s-]", "");
    }

    @Override
    public String getCredentialId() {
        return credentialId;
    }

    @Override
    public String getType() {
        return DscPlusCredentialModel.TYPE;
    }

    @Override
    public String getChallengeResponse() {
        return response;
    }

    public String getChallenge() {
        return challenge;
    }
}
