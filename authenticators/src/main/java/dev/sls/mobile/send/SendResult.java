package dev.sls.mobile.send;

import java.util.Objects;

/**
 * What a sender made of one code.
 *
 * @param sender     the sender's id
 * @param outcome    what happened, in the person's terms
 * @param providerId the provider's id of the message or call (e.g. Twilio's SM…/CA… SID), null when none
 * @param reason     a short, log-safe reason (provider error code, local problem); never a secret or the code
 */
public record SendResult(String sender, SendOutcome outcome, String providerId, String reason) {

    public SendResult {
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(outcome, "outcome");
    }

    public static SendResult sent(String sender, String providerId) {
        return new SendResult(sender, SendOutcome.SENT, providerId, null);
    }

    public static SendResult failed(String sender, SendOutcome outcome, String reason) {
        return new SendResult(sender, outcome, null, reason);
    }
}
