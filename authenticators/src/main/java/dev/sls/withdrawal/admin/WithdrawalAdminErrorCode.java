package dev.sls.withdrawal.admin;

import dev.sls.core.api.ErrorCode;

/** Refusals of the withdrawal admin API, {@code /admin/realms/{realm}/sls/withdrawal}. */
public enum WithdrawalAdminErrorCode implements ErrorCode {
    /** The settings are the realm's configuration: the helpdesk role alone may read them, not change them. */
    MANAGE_REALM_REQUIRED(403),
    /** The settings sent have problems (all of them are listed); nothing was changed. */
    SETTINGS_INVALID(400);

    private final int status;

    WithdrawalAdminErrorCode(int status) {
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
