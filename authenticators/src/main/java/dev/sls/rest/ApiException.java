package dev.sls.rest;

import dev.sls.core.api.ErrorCode;

/** A refused REST call: becomes a 4xx answer carrying its stable {@link ErrorCode}. */
public final class ApiException extends RuntimeException {

    private final transient ErrorCode code;

    public ApiException(ErrorCode code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }
}
