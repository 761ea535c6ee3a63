package dev.sls.dscplus.admin.dto;

/** One step of a card's history: what was done, from which state to which, for whom and by whom. */
public record CardHistoryStep(String at, String action, String fromState, String toState, String userId, String actor,
                              String detail) {
}
