package dev.sls.protocol.ibkey.api;

import java.util.List;

/** Answer to {@code GET .../devices/{credentialId}/challenges}: the challenges waiting for this device. */
public record ChallengeList(List<ChallengeSummary> challenges) {
}
