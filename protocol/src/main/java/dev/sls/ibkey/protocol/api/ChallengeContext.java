package dev.sls.ibkey.protocol.api;

import java.util.List;

/**
 * What the phone shows before the person approves. Times are epoch seconds.
 *
 * @param numberChoices the numbers to pick from when number matching is on (one of them is on the login page),
 *                      empty otherwise
 * @param amount        amount of the action being approved (for example a withdrawal), or null; bound into the
 *                      signed decision
 */
public record ChallengeContext(String challengeId, String realm, String username, String clientId,
                               String clientName, String ipAddress, long createdAt, long expiresAt,
                               List<Integer> numberChoices, String amount) {
}
