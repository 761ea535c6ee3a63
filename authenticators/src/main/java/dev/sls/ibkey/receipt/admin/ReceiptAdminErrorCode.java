package dev.sls.ibkey.receipt.admin;

import dev.sls.core.api.ErrorCode;

/** Refusals of the receipt admin API, {@code /admin/realms/{realm}/sls/receipts}. */
public enum ReceiptAdminErrorCode implements ErrorCode {
    /** No receipt of this person has this id (or it expired). */
    RECEIPT_NOT_FOUND(404);

    private final int status;

    ReceiptAdminErrorCode(int status) {
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
