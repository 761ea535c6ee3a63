package dev.sls.rest;

import dev.sls.core.api.ErrorCode;

/** Refusals every SLS admin area shares, {@code /admin/realms/{realm}/sls/...}. */
public enum SlsAdminErrorCode implements ErrorCode {
    /** No user of the realm has this id, nor this username. */
    USER_NOT_FOUND(404),
    /** The body has a field the call does not take (the message names it); nothing was changed. */
    UNKNOWN_FIELD(400);

    private final int status;

    SlsAdminErrorCode(int status) {
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
