package dev.sls.protocol.ibkey.api;

/** Every 4xx answer of the device API: a stable machine code from {@link ApiErrorCode} and an English sentence. */
public record ApiError(String error, String message) {
}
