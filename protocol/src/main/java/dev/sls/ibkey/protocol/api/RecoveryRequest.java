package dev.sls.ibkey.protocol.api;

/**
 * {@code POST /recoveries}: "Recover setup" in the app after a reinstall or on a new phone. The password is checked
 * exactly as the login form checks it (same brute-force lockout, one answer for every refusal).
 *
 * @param platform the platform of the app that recovers: android, ios or cli
 */
public record RecoveryRequest(String username, String password, String platform) {

    @Override
    public String toString() {
        return "RecoveryRequest[username=" + username + ", password=***, platform=" + platform + "]";
    }
}
