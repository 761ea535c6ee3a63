package dev.sls.ibkey.push;

/**
 * Who asks for a push and from where; {@code amount} and {@code payee} are what a withdrawal shows on the phone and
 * binds into its signed decision (null without a withdrawal; {@code payee} also when the application named none).
 * {@code loginRef} names the login (authentication session and tab) the push belongs to, so a restarted login can
 * retire the push it sent before. {@code userAgent} is the login's browser (bounded; null when it sent none), for the
 * security event and receipt of a decision.
 *
 * <p>A push asked through OpenID Connect CIBA has no login: {@code cibaRef} names the CIBA request the decision
 * completes (Keycloak's auth result id, never sent to the phone), and {@code bindingMessage} is what the phone shows
 * and signs (null when the application sent none). Both are null for a login.
 */
public record PushRequest(String realmId, String userId, String deviceHandle, String clientId, String clientName,
                          String ipAddress, String amount, String payee, String loginRef, String userAgent,
                          String bindingMessage, String cibaRef) {

    private static final int MAX_USER_AGENT = 255;

    /** A login's push whose browser is not known. */
    public PushRequest(String realmId, String userId, String deviceHandle, String clientId, String clientName,
                       String ipAddress, String amount, String payee, String loginRef) {
        this(realmId, userId, deviceHandle, clientId, clientName, ipAddress, amount, payee, loginRef, null, null, null);
    }

    /** A login's push. */
    public PushRequest(String realmId, String userId, String deviceHandle, String clientId, String clientName,
                       String ipAddress, String amount, String payee, String loginRef, String userAgent) {
        this(realmId, userId, deviceHandle, clientId, clientName, ipAddress, amount, payee, loginRef, userAgent, null,
                null);
    }

    public PushRequest {
        if (userAgent != null) {
            userAgent = userAgent.isBlank() ? null : userAgent.length() <= MAX_USER_AGENT ? userAgent
                    : userAgent.substring(0, MAX_USER_AGENT);
        }
    }

    /** Whether a CIBA request, not a login, waits for this push. */
    public boolean isCiba() {
        return cibaRef != null;
    }
}
