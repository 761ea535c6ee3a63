package dev.sls.ibkey.protocol.api;

import java.util.List;

/**
 * What the phone shows before the person approves. Times are epoch seconds.
 *
 * @param matchMode     {@link MatchMode#wire()}: what the person must do to approve
 * @param numberChoices the numbers to pick from in {@code number} mode (one of them is on the login page), else empty;
 *                      in {@code code} mode the phone asks the person to type the code shown on the login page, which
 *                      the server never sends to the phone
 * @param amount        amount of the withdrawal being approved, as the phone shows it ({@code "USD 250,000.00"}), or
 *                      null; bound into the signed decision
 * @param payee         who the withdrawal goes to, as the application named it, or null; bound into the signed
 *                      decision
 * @param kind          {@code login} (a login waits in a browser) or {@code ciba} (an application asked through
 *                      OpenID Connect CIBA, e.g. a call centre; no browser, nothing to type: compare the binding
 *                      message instead)
 * @param bindingMessage for {@code ciba}, the {@code binding_message} the application also shows its user (the
 *                      call-centre agent reads it out), or null; bound into the signed decision
 */
public record ChallengeContext(String challengeId, String realm, String username, String clientId,
                               String clientName, String ipAddress, long createdAt, long expiresAt, String matchMode,
                               List<Integer> numberChoices, String amount, String payee, String kind,
                               String bindingMessage) {

    public static final String KIND_LOGIN = "login";
    public static final String KIND_CIBA = "ciba";

    /** A login request (no binding message). */
    public ChallengeContext(String challengeId, String realm, String username, String clientId, String clientName,
                            String ipAddress, long createdAt, long expiresAt, String matchMode,
                            List<Integer> numberChoices, String amount, String payee) {
        this(challengeId, realm, username, clientId, clientName, ipAddress, createdAt, expiresAt, matchMode,
                numberChoices, amount, payee, KIND_LOGIN, null);
    }

    /** A login request without a payee. */
    public ChallengeContext(String challengeId, String realm, String username, String clientId, String clientName,
                            String ipAddress, long createdAt, long expiresAt, String matchMode,
                            List<Integer> numberChoices, String amount) {
        this(challengeId, realm, username, clientId, clientName, ipAddress, createdAt, expiresAt, matchMode,
                numberChoices, amount, null);
    }
}
