package dev.sls.withdrawal;

import java.util.Optional;

/**
 * Whether a kind of device may confirm a withdrawal for a person now, and if not why and with what instead.
 *
 * @param reason     {@link Reason#ALLOWED}, or the first rule the withdrawal breaks
 * @param limit      the limit broken (in the limit currency), when a limit was
 * @param counted    the withdrawal in the limit currency, when it could be converted
 * @param needed     the kind of device (credential type) to use instead: the one the person holds that confirms least
 *                   among those that would allow it, else such a kind they do not hold yet; empty when none would
 * @param neededHeld whether the person holds {@code needed}
 */
public record WithdrawalDecision(Reason reason, Optional<Money> limit, Optional<Money> counted,
                                 Optional<String> needed, boolean neededHeld) {

    public enum Reason {
        ALLOWED,
        /** This kind of device confirms no withdrawals. */
        DEVICE_NOT_PERMITTED,
        /** Over the device's limit for one business day. */
        DAY_LIMIT,
        /** Over the device's limit for five business days. */
        FIVE_DAY_LIMIT,
        /** The amount's currency is not the limit currency and the realm has no rate for it. */
        CURRENCY_NOT_ACCEPTED,
        /** The realm's withdrawal settings have a problem (see the server log): nothing is confirmed. */
        SETTINGS_INVALID,
        /** Another withdrawal of the person was being confirmed for too long: try again. */
        BUSY
    }

    public boolean allowed() {
        return reason == Reason.ALLOWED;
    }

    static WithdrawalDecision allow(Money counted) {
        return new WithdrawalDecision(Reason.ALLOWED, Optional.empty(), Optional.of(counted), Optional.empty(), false);
    }

    static WithdrawalDecision refuse(Reason reason) {
        return new WithdrawalDecision(reason, Optional.empty(), Optional.empty(), Optional.empty(), false);
    }
}
