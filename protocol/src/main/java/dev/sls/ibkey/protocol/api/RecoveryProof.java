package dev.sls.ibkey.protocol.api;

/**
 * {@code POST /recoveries/{id}/proof}: the activation token from the SMS, or the physical device's response, with the
 * recovery PIN proof when one is required (see {@link dev.sls.ibkey.protocol.RecoveryPin}). The answer is an
 * {@link ActivationCodeGrant} the app presents to {@code POST /activations} with its new device key.
 */
public record RecoveryProof(String smsCode, String deviceResponse, String pinProof) {

    @Override
    public String toString() {
        return "RecoveryProof[***]";
    }
}
