package dev.sls.ibkey.push;

/**
 * Who asks for a push and from where; {@code amount} and {@code payee} are what a withdrawal shows on the phone and
 * binds into its signed decision (null without a withdrawal; {@code payee} also when the application named none).
 * {@code loginRef} names the login (authentication session and tab) the push belongs to, so a restarted login can
 * retire the push it sent before. {@code userAgent} is the login's browser (bounded; null when it sent none), for the
 * security event and receipt of a decision.
 */
public record PushRequest(String realmId, String userId, String deviceHandle, String clientId, String clientName,
                          String ipAddress, String amount, String payee, String loginRef, String userAgent) {

    private static final int MAX_USER_AGENT = 255;

    /** A request whose browser is not known. */
    public PushRequest(String realmId, String userId, String deviceHandle, String clientId, String clientName,
                       String ipAddress, String amount, String payee, String loginRef) {
        this(realmId, userId, deviceHandle, clientId, clientName, ipAddress, amount, payee, loginRef, null);
    }

    public PushRequest {
        if (userAgent != null) {
            userAgent = userAgent.isBlank() ? null : userAgent.length() <= MAX_USER_AGENT ? userAgent
                    : userAgent.substring(0, MAX_USER_AGENT);
        }
    }
}
