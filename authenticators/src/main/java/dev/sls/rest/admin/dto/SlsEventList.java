package dev.sls.rest.admin.dto;

import java.util.List;

/** {@code GET events/users/{user}}: the person's recent SLS events, newest first. */
public record SlsEventList(String userId, String username, boolean eventsSaved, List<SlsEventView> events) {
}
