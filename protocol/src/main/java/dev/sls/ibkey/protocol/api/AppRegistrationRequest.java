package dev.sls.ibkey.protocol.api;

/**
 * {@code POST /registrations}: the first step of activating IB Key without a QR code, in the app. The password is
 * checked exactly as the login form checks it (same brute-force lockout).
 */
public record AppRegistrationRequest(String username, String password) {

    @Override
    public String toString() {
        return "AppRegistrationRequest[username=" + username + ", password=***]";
    }
}
