package dev.sls.sms.credential;

import org.keycloak.credential.CredentialInput;

/**
 * A code typed at login, with the code that was sent for this login (kept in the authentication session). Passed to
 * {@code user.credentialManager().isValid(...)} like any other credential input.
 */
public final class SmsCodeAnswer implements CredentialInput {

    private final String credentialId;
    private final String sent;
    private final String typed;

    public SmsCodeAnswer(String credentialId, String sent, String typed) {
        this.credentialId = credentialId;
        this.sent = sent;
        this.typed = typed == null ? "" : typed.replaceAll("[\\s-]", "");
    }

    @Override
    public String getCredentialId() {
        return credentialId;
    }

    @Override
    public String getType() {
        return SmsCredentialModel.TYPE;
    }

    @Override
    public String getChallengeResponse() {
        return typed;
    }

    String sent() {
        return sent;
    }
}
