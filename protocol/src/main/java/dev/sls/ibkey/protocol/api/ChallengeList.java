package dev.sls.ibkey.protocol.api;

import java.util.List;

/** Answer to {@code GET .../devices/{deviceHandle}/challenges}: the challenges waiting for this device. */
public record ChallengeList(List<ChallengeSummary> challenges) {
}
