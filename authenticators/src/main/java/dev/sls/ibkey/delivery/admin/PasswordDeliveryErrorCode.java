package dev.sls.ibkey.delivery.admin;

import dev.sls.core.api.ErrorCode;

/** Refusals of the password-delivery admin API, {@code /admin/realms/{realm}/sls/password-delivery}. */
public enum PasswordDeliveryErrorCode implements ErrorCode {
    /** The person has no active IB Key app with an encryption key: the password was not reset. */
    NO_APP_TO_DELIVER_TO(409),
    /** The realm's password policy refuses generated passwords: the password was not reset. */
    PASSWORD_POLICY_REFUSES(409),
    /** No password was delivered to the person (or its record is gone, a day after it expired). */
    NO_PASSWORD_DELIVERY(404);

    private final int status;

    PasswordDeliveryErrorCode(int status) {
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
}
