package dev.sls.binding.history;

import java.time.Instant;

/** A recorded history line, read back: the entry and when it happened. */
public record PastDevice(String id, Instant at, HistoryEntry entry) {
}
