package dev.sls.rest;

import dev.sls.core.api.ErrorCode;

/** Refusals every SLS admin area shares, {@code /admin/realms/{realm}/sls/...}: who calls, with what proof, on whom. */
public enum SlsAdminErrorCode implements ErrorCode {
    /** The caller has neither manage-users on the realm nor the realm's {@code sls-helpdesk} role. */
    HELPDESK_ROLE_REQUIRED(403),
    /** The caller has neither manage-users on the realm nor the realm role of the area called (e.g. sls-compliance). */
    AREA_ROLE_REQUIRED(403),
    /**
     * The token is a person's and its {@code acr} is below the realm's {@code sls.admin.minimumLevel}: the login
     * did not pass a good-enough second factor (a password alone gives level 1).
     */
    SECOND_FACTOR_REQUIRED(403),
    /** Client Services never act on their own account. */
    OWN_ACCOUNT(403),
    /** The person holds an admin role or the helpdesk role: acting on them needs manage-users. */
    MANAGE_USERS_REQUIRED(403),
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
