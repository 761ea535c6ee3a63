package dev.sls.ibkey.credential;

import org.keycloak.credential.CredentialInput;

/** An offline response typed into the browser for the challenge that was on screen. */
public final class IbKeyResponse implements CredentialInput {

    private final String credentialId;
    private final String challenge;
    private final String response;

    public IbKeyResponse(String credentialId, String challenge, String typedResponse) {
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
        return IbKeyCredentialModel.TYPE;
    }

    @Override
    public String getChallengeResponse() {
        return response;
    }

    public String getChallenge() {
        return challenge;
    }
}
