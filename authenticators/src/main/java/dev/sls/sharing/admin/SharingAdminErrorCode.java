package dev.sls.sharing.admin;

import dev.sls.core.api.ErrorCode;

/** Refusals of the sharing admin API, {@code /admin/realms/{realm}/sls/sharing}. */
public enum SharingAdminErrorCode implements ErrorCode {
    /** The user has no sharing request. */
    SHARE_NOT_FOUND(404),
    /** The request was already decided (or ended): only a pending one is approved or rejected. */
    SHARE_NOT_PENDING(409),
    /** The owner no longer holds the device asked for (blocked, lost, replaced) or is disabled: reject instead. */
    SHARE_DEVICE_GONE(409),
    /** A prerequisite no longer holds (identification data, a temporary device, a more secure device): reject. */
    SHARE_PREREQUISITE(409);

    private final int status;

    SharingAdminErrorCode(int status) {
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
