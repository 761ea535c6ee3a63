package dev.sls.ibkey.protocol.api;

/**
 * Body of {@code POST .../challenges/{challengeId}/decision}, signed over
 * {@link dev.sls.ibkey.protocol.IbKeyMessages#decision}. Everything the person confirmed is in the signature, so the
 * server checks it before it looks at any state.
 *
 * @param decision {@code approve} or {@code deny}
 * @param number   the number the person picked ({@link MatchMode#NUMBER}), else null
 * @param code     the code the person typed from the login page ({@link MatchMode#CODE}), else null
 * @param amount   the amount the phone displayed, exactly as the challenge gave it, or null when none was shown
 * @param payee    the payee the phone displayed, exactly as the challenge gave it, or null when none was shown
 * @param bindingMessage the CIBA {@code binding_message} the phone displayed, exactly as the challenge gave it, or
 *                 null when the request had none (every login request)
 * @param reason   why a deny was sent: {@link dev.sls.ibkey.protocol.IbKeyProtocol#REASON_NOT_ME} when the person did
 *                 not start the login; null for a plain deny and for every approve (apps before this field send none,
 *                 and what they sign is unchanged)
 * @param shown    {@link dev.sls.ibkey.protocol.IbKeyMessages#shown} of the request the phone showed (from the push
 *                 or the listing), binding all of it — client, address, user, match mode, amount, payee, binding
 *                 message, times — into the one signed decision; null from apps that read the request first and bind
 *                 amount, payee and binding message only
 */
public record DecisionRequest(String decision, Integer number, String code, String amount, String payee,
                              String bindingMessage, String reason, String nonce, long time, String signature,
                              String shown) {

    /** A decision that does not bind the whole request shown (apps before {@code shown}). */
    public DecisionRequest(String decision, Integer number, String code, String amount, String payee,
                           String bindingMessage, String reason, String nonce, long time, String signature) {
        this(decision, number, code, amount, payee, bindingMessage, reason, nonce, time, signature, null);
    }

    /** A decision without a binding message or a reason: every login approve, and a plain deny. */
    public DecisionRequest(String decision, Integer number, String code, String amount, String payee, String nonce,
                           long time, String signature) {
        this(decision, number, code, amount, payee, null, null, nonce, time, signature);
    }

    /** A decision on a login request without a payee. */
    public DecisionRequest(String decision, Integer number, String code, String amount, String nonce, long time,
                           String signature) {
        this(decision, number, code, amount, null, null, null, nonce, time, signature);
    }
}
