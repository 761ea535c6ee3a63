package dev.sls.settings.account;

import dev.sls.core.api.ErrorCode;

/** Refusals of the person-facing API {@code /realms/{realm}/sls/account} (docs/api/account-api.yaml). */
public enum AccountApiErrorCode implements ErrorCode {
    /** No bearer token, or one this realm did not issue, or expired, or of an ended session. */
    TOKEN_REQUIRED(401),
    /** The token was not issued to the realm's account console ({@code azp} {@code account-console}): another
     * application's token never reads a person's devices here. */
    ACCOUNT_CONSOLE_TOKEN_REQUIRED(403),
    /** The token has no audience {@code account}, or the person holds neither {@code manage-account} nor
     * {@code view-profile} of the client {@code account}. */
    ACCOUNT_ROLE_REQUIRED(403);

    private final int status;

    AccountApiErrorCode(int status) {
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
