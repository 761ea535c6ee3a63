package dev.sls.core.api;

/** Body of every 4xx answer of an SLS REST endpoint: a stable machine code ({@link ErrorCode#code()}) and a sentence. */
public record ApiError(String error, String message) {
}
