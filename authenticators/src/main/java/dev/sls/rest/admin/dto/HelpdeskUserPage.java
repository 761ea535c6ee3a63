package dev.sls.rest.admin.dto;

import java.util.List;

/** {@code GET users?search=}: one page of the users found, at most {@code max} of them from {@code first}. */
public record HelpdeskUserPage(int first, int max, List<HelpdeskUser> users) {
}
