package dev.sls.binding.history.admin.dto;

import java.util.List;

/** {@code GET history/users/{user}}: the person's device history, newest first, and its bounds. */
public record DeviceHistoryView(String userId, List<HistoryLine> lines, int maxLines, long retentionDays) {
}
