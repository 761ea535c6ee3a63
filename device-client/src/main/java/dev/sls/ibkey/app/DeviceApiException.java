package dev.sls.ibkey.app;

import dev.sls.core.api.CommonErrorCode;
import dev.sls.core.api.ErrorCode;
import dev.sls.ibkey.protocol.api.IbKeyErrorCode;
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

    /** The error as one of the API's codes, IB Key's own or those every endpoint shares. */
    public Optional<ErrorCode> code() {
        return IbKeyErrorCode.fromCode(error).<ErrorCode>map(c -> c)
                .or(() -> ErrorCode.find(CommonErrorCode.class, error));
    }

    /** The server's sentence, without code and status. */
    public String serverMessage() {
        return serverMessage;
    }
}
