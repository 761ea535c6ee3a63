package dev.sls.dscplus.admin;

import dev.sls.core.api.ErrorCode;

/** Refusals of the DSC+ admin API, {@code /admin/realms/{realm}/sls/dscplus}. */
public enum DscPlusAdminErrorCode implements ErrorCode {
    /** The PSKC file (or part of it) cannot be imported; the answer lists every bad key package. Nothing imported. */
    PSKC_REJECTED(422),
    /** The server has no seed key (server option {@code spi-credential--sls-dsc-plus--seed-key}). */
    SEED_KEY_MISSING(409),
    CARD_NOT_FOUND(404),
    /** The card is not in a state that allows this (e.g. assigning a blocked card). */
    CARD_STATE(409),
    /** The vendor's validity period of the card has ended (or not begun). */
    CARD_EXPIRED(409);

    private final int status;

    DscPlusAdminErrorCode(int status) {
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
