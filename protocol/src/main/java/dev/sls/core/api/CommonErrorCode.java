package dev.sls.core.api;

/** Errors every SLS REST endpoint can answer, whatever device it serves. */
public enum CommonErrorCode implements ErrorCode {
    /** The request is malformed: missing or over-long fields, bad JSON, bad headers. */
    INVALID_REQUEST(400),
    /** Nothing is addressed by this path; also the answer for ids that exist but are not the caller's. */
    NOT_FOUND(404),
    /** The body is a form or multipart: the SLS APIs take JSON only. */
    UNSUPPORTED_MEDIA_TYPE(415),
    /** Too many requests from this source; try again later. */
    RATE_LIMITED(429);

    private final int status;

    CommonErrorCode(int status) {
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
