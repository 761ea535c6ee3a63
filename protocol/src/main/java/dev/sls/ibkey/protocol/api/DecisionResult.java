package dev.sls.ibkey.protocol.api;

/** Outcome of a decision: {@code approved}, {@code denied} or {@code number-mismatch}. */
public record DecisionResult(String challengeId, String status) {
}
