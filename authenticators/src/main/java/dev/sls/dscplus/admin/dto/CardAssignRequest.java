package dev.sls.dscplus.admin.dto;

/** {@code POST dscplus/cards/{id}/assign}: the person, by {@code userId} or by {@code username}. */
public record CardAssignRequest(String userId, String username) {
}
