package dev.sls.temporary.admin.dto;

/**
 * {@code POST temporary/users/{user}} (the body may be left out): {@code kind} {@code code} (the default) or
 * {@code grid}, and how long it is valid (the server's default when left out).
 */
public record TemporaryAccessRequest(String kind, Integer validForHours) {
}
