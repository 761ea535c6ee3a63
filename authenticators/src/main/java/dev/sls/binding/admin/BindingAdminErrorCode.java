package dev.sls.binding.admin;

import dev.sls.core.api.ErrorCode;

/** Refusals of the enrolment admin API, {@code /admin/realms/{realm}/sls/enrolment}. */
public enum BindingAdminErrorCode implements ErrorCode {
    /** The person still holds a second factor: remove it first (Keycloak's admin console or API), then reset. */
    DEVICES_REMAIN(409);

    private final int status;

    BindingAdminErrorCode(int status) {
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
