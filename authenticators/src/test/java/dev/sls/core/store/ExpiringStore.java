package dev.sls.core.store;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.keycloak.common.util.Time;
import org.keycloak.models.SingleUseObjectProvider;

/**
 * A single-use object store that behaves like Keycloak 26.7.3's on the points that matter for lifespans: entries
 * expire on Keycloak's clock ({@link Time}, so tests move it with {@code Time.setOffset}), and {@code replace} keeps
 * the value but drops the lifespan, leaving the entry for ever, as Infinispan's replace without lifespan does there.
 */
public final class ExpiringStore implements SingleUseObjectProvider {

    private record Entry(Map<String, String> notes, long expiresAt) {
    }

    static final long NEVER = Long.MAX_VALUE;

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private long longestLifespan;
    private final java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();

    @Override
    public void put(String key, long lifespanSeconds, Map<String, String> notes) {
        calls.incrementAndGet();
        entries.put(key, new Entry(Map.copyOf(notes), expiry(lifespanSeconds)));
    }

    @Override
    public Map<String, String> get(String key) {
        calls.incrementAndGet();
        Entry entry = live(key);
        return entry == null ? null : entry.notes();
    }

    @Override
    public Map<String, String> remove(String key) {
        calls.incrementAndGet();
        Entry entry = live(key);
        entries.remove(key);
        return entry == null ? null : entry.notes();
    }

    @Override
    public boolean replace(String key, Map<String, String> notes) {
        if (live(key) == null) {
            return false;
        }
        entries.put(key, new Entry(Map.copyOf(notes), NEVER));
        return true;
    }

    @Override
    public boolean putIfAbsent(String key, long lifespanSeconds) {
        calls.incrementAndGet();
        return live(key) == null && entries.putIfAbsent(key, new Entry(Map.of(), expiry(lifespanSeconds))) == null;
    }

    @Override
    public boolean contains(String key) {
        calls.incrementAndGet();
        return live(key) != null;
    }

    @Override
    public void close() {
    }

    /** Entries still alive now, by key. */
    /** Calls of put, get, remove, putIfAbsent and contains so far: what the code under test costs the store. */
    public int calls() {
        return calls.get();
    }

    public Map<String, Long> live() {
        Map<String, Long> alive = new HashMap<>();
        entries.forEach((key, entry) -> {
            if (live(key) != null) {
                alive.put(key, entry.expiresAt());
            }
        });
        return alive;
    }

    public long longestLifespanSeconds() {
        return longestLifespan;
    }

    private Entry live(String key) {
        Entry entry = entries.get(key);
        if (entry != null && entry.expiresAt() <= Time.currentTime()) {
            entries.remove(key, entry);
            return null;
        }
        return entry;
    }

    private synchronized long expiry(long lifespanSeconds) {
        if (lifespanSeconds <= 0) {
            throw new IllegalArgumentException("a lifespan of " + lifespanSeconds + " s keeps the entry for ever");
        }
        longestLifespan = Math.max(longestLifespan, lifespanSeconds);
        return Time.currentTime() + lifespanSeconds;
    }
}
