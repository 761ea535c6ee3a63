package dev.sls.ibkey;

import dev.sls.protocol.ibkey.api.ApiErrorCode;

/** A refused device-API call: becomes a 4xx answer with a stable {@link ApiErrorCode}. */
public final class DeviceApiException extends RuntimeException {

    private final ApiErrorCode code;

    public DeviceApiException(ApiErrorCode code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public ApiErrorCode code() {
        return code;
    }
}
