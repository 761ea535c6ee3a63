package dev.sls.temporary.admin;

import dev.sls.core.api.ErrorCode;

/** Refusals of the temporary-access admin API, {@code /admin/realms/{realm}/sls/temporary}. */
public enum TemporaryAdminErrorCode implements ErrorCode {
    /** The user holds no temporary access. */
    NO_TEMPORARY_ACCESS(404);

    private final int status;

    TemporaryAdminErrorCode(int status) {
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
