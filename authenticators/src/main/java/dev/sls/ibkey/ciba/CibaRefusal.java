package dev.sls.ibkey.ciba;

/**
 * Why a CIBA request cannot go to the person's IB Key: an OAuth error code of the backchannel authentication endpoint
 * (CIBA Core §13) and a description for the client. Neither says anything the client could not already learn.
 */
final class CibaRefusal extends RuntimeException {

    static final String ACCESS_DENIED = "access_denied";
    static final String INVALID_REQUEST = "invalid_request";

    private final String error;

    CibaRefusal(String error, String description) {
        super(description, null, false, false);
        this.error = error;
    }

    String error() {
        return error;
    }

    String description() {
        return getMessage();
    }
}
