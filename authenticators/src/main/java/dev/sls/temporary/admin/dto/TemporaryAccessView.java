package dev.sls.temporary.admin.dto;

/** {@code GET temporary/users/{user}}: the person's temporary access, without its code. */
public record TemporaryAccessView(String kind, String issuedAt, String expiresAt, boolean expired, String issuedBy) {
}
