package dev.sls.ibkey.login;

/** Per-login IB Key state, in authentication-session notes (cluster-safe like the rest of the login). */
final class IbKeyNotes {

    static final String PUSH_CHALLENGE = "sls.ibkey.push.challenge";
    static final String MODE = "sls.ibkey.mode";
    static final String MODE_RESPONSE = "response";

    private IbKeyNotes() {
    }
}
