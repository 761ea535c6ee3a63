package dev.sls.ibkey.push.sender;

/** Carries a finished failure result through a future chain (e.g. the FCM token request failed). */
final class GatewayFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient PushResult result;

    GatewayFailure(PushResult result) {
        super(result.outcome() + ": " + result.reason(), null, false, false);
        this.result = result;
    }

    PushResult result() {
        return result;
    }
}
