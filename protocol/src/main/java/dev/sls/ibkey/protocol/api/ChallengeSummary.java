package dev.sls.ibkey.protocol.api;

/**
 * One pending challenge in {@link ChallengeList}. Times are epoch seconds. {@code context} is everything the phone
 * shows, as {@code GET .../challenges/{challengeId}} answers it, so an app that polls decides with one more request
 * (the signed decision) instead of two; null only from servers that predate it.
 */
public record ChallengeSummary(String challengeId, String clientName, long createdAt, long expiresAt,
                               ChallengeContext context) {

    /** A summary without the full request (what servers sent before the context was listed). */
    public ChallengeSummary(String challengeId, String clientName, long createdAt, long expiresAt) {
        this(challengeId, clientName, createdAt, expiresAt, null);
    }

    public static ChallengeSummary of(ChallengeContext context) {
        return new ChallengeSummary(context.challengeId(), context.clientName(), context.createdAt(),
                context.expiresAt(), context);
    }
}
