package dev.sls.ibkey.notme.admin.dto;

import java.util.List;

/**
 * A person's "not me" alerts still kept (as long as their receipts), newest first; {@code pushesStoppedUntil} is set
 * while pushes to the person are stopped (ISO-8601).
 */
public record NotMeAlerts(String userId, String username, String pushesStoppedUntil, List<NotMeAlert> alerts) {
}
