package dev.sls.rest.admin.dto;

import java.util.Map;

/** One of a person's Keycloak user events the pack took part in, with only its SLS details. */
public record SlsEventView(String time, String type, String clientId, String ipAddress, String error,
                           Map<String, String> details) {
}
