package dev.sls.protocol.ibkey.api;

/** Stable error codes of the device API with their HTTP status. The wire form is {@link #code()}. */
public enum ApiErrorCode {
    INVALID_REQUEST(400),
    ACTIVATION_CODE_INVALID(400),
    ACTIVATION_CODE_UNKNOWN(404),
    ACTIVATION_CODE_USED(409),
    ACTIVATION_CODE_EXPIRED(410),
    PIN_HASH_REQUIRED(400),
    BAD_SIGNATURE(401),
    STALE_REQUEST(400),
    REPLAYED_REQUEST(409),
    UNKNOWN_DEVICE(404),
    DEVICE_RETIRED(410),
    CHALLENGE_NOT_FOUND(404),
    CHALLENGE_EXPIRED(410),
    CHALLENGE_ALREADY_DECIDED(409),
    NUMBER_REQUIRED(400),
    NOT_FOUND(404);

    private final int status;

    ApiErrorCode(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static java.util.Optional<ApiErrorCode> fromCode(String code) {
        for (ApiErrorCode value : values()) {
            if (value.code().equals(code)) {
                return java.util.Optional.of(value);
            }
        }
        return java.util.Optional.empty();
    }
}
