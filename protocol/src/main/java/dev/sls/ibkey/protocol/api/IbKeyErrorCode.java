package dev.sls.ibkey.protocol.api;

import dev.sls.core.api.ErrorCode;
import java.util.Optional;

/**
 * Stable errors of the IB Key device API with their HTTP status (errors every endpoint can give are in
 * {@link dev.sls.core.api.CommonErrorCode}). The wire form is {@link #code()}.
 */
public enum IbKeyErrorCode implements ErrorCode {
    ACTIVATION_CODE_INVALID(400),
    ACTIVATION_CODE_UNKNOWN(404),
    ACTIVATION_CODE_USED(409),
    ACTIVATION_CODE_EXPIRED(410),
    PIN_HASH_REQUIRED(400),
    BAD_SIGNATURE(401),
    STALE_REQUEST(400),
    REPLAYED_REQUEST(409),
    DEVICE_RETIRED(410),
    CHALLENGE_NOT_FOUND(404),
    CHALLENGE_EXPIRED(410),
    CHALLENGE_ALREADY_DECIDED(409),
    /** The login no longer waits for this request: it went on another way, or asked for a new notification. */
    CHALLENGE_CANCELLED(410),
    NUMBER_REQUIRED(400),
    /** Approving in code mode needs the code from the login page. */
    CODE_REQUIRED(400),
    /** The amount the phone signed is not the amount of this login request. */
    AMOUNT_MISMATCH(409),
    /** In-app activation: unknown user, wrong password, disabled or locked — one answer for all. */
    INVALID_CREDENTIALS(401),
    /** In-app activation: the registration id is unknown, expired or already used. */
    REGISTRATION_EXPIRED(410),
    /** In-app activation: the user has no verified mobile number and may not add one this way. */
    NO_VERIFIED_NUMBER(409),
    /** In-app activation: the number typed is not one the realm accepts (the message says why). */
    NUMBER_REFUSED(400),
    /** In-app activation: the SMS could not be sent now (the message gateway failed); try again later. */
    SMS_NOT_SENT(503),
    /** In-app activation: the SMS code is wrong. */
    SMS_CODE_INVALID(400),
    /** In-app activation: no SMS code is waiting (expired, too many wrong tries, or none was sent). */
    SMS_CODE_EXPIRED(410),
    /** The payee the phone signed is not the payee of this login request. */
    PAYEE_MISMATCH(409),
    /** Recovery: the recovery id is unknown, expired, already used, or ended by too many wrong proofs. */
    RECOVERY_EXPIRED(410),
    /** Recovery: the person has no active IB Key to recover (activate instead). */
    NOTHING_TO_RECOVER(409),
    /** Recovery: no proof is possible (no recorded number still verified, no physical device): Client Services. */
    NO_RECOVERY_PROOF(409),
    /** Recovery: the recovery PIN proof is missing or wrong (counted; after 10 in a row recovery by PIN is blocked). */
    RECOVERY_PIN_INVALID(400),
    /** Recovery: 10 wrong recovery PINs in a row; Client Services must reset the block. */
    RECOVERY_PIN_BLOCKED(403),
    /** Recovery: the physical device's response is wrong (counted like a login). */
    DEVICE_RESPONSE_INVALID(400),
    /** Transfer: no such offer (mistyped, or from another realm). */
    TRANSFER_OFFER_UNKNOWN(404),
    /** Transfer: the offer was already taken by a phone; the old phone can show a new one. */
    TRANSFER_OFFER_USED(409),
    /** Transfer: the offer is older than the realm's transfer lifetime. */
    TRANSFER_OFFER_EXPIRED(410),
    /** Transfer: the phone that made the offer is no longer the user's IB Key (retired or removed since). */
    TRANSFER_SOURCE_RETIRED(410),
    /** The binding message the phone signed is not the one of this CIBA request. */
    BINDING_MISMATCH(409),
    /** Password delivery: nothing waits for this phone (none was sent, or it was sealed to another phone's key). */
    NO_PASSWORD_WAITING(404),
    /** Password delivery: the temporary password was already fetched; it is handed out once. */
    PASSWORD_ALREADY_FETCHED(409),
    /** Password delivery: it waited longer than the realm allows; Client Services must send a new one. */
    PASSWORD_DELIVERY_EXPIRED(410),
    /**
     * The request the phone signed it showed (its {@code shown} digest: client, address, user, match mode, amount,
     * payee...) is not this request: the phone showed something else than what waits here.
     */
    SHOWN_MISMATCH(409);

    private final int status;

    IbKeyErrorCode(int status) {
        this.status = status;
    }

    @Override
    public String code() {
        return ErrorCode.wireName(this);
    }

    @Override
    public int status() {
        return status;
    }

    public static Optional<IbKeyErrorCode> fromCode(String code) {
        return ErrorCode.find(IbKeyErrorCode.class, code);
    }
}
