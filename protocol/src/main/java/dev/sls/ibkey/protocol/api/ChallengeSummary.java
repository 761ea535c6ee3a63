package dev.sls.ibkey.protocol.api;

/** One pending challenge in {@link ChallengeList}. Times are epoch seconds. */
public record ChallengeSummary(String challengeId, String clientName, long createdAt, long expiresAt) {
}
