package dev.sls.device.ibkey;

import dev.sls.protocol.ibkey.api.ApiErrorCode;
import java.util.Optional;

/** The server answered the device API with an error status. */
public final class DeviceApiException extends RuntimeException {

    private final int status;
    private final String error;
    private final String serverMessage;

    public DeviceApiException(int status, String error, String serverMessage) {
        super(error + ": " + serverMessage + " (HTTP " + status + ")");
        this.status = status;
        this.error = error;
        this.serverMessage = serverMessage;
    }

    public int status() {
        return status;
    }

    /** The wire code, e.g. {@code bad_signature}; {@code http_<status>} when the body was not an API error. */
    public String error() {
        return error;
    }

    public Optional<ApiErrorCode> code() {
        return ApiErrorCode.fromCode(error);
    }

    /** The server's sentence, without code and status. */
    public String serverMessage() {
        return serverMessage;
    }
}
