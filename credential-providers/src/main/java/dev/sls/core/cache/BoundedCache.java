package dev.sls.core.cache;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A small node-local memo for values that are derived from their key alone and never change (parsed phone numbers,
 * texts keyed by everything they are built from): at most {@code capacity} entries, the least recently used dropped
 * first. A key that must change when its source changes carries that source (or a fingerprint of it), so nothing is
 * ever invalidated by hand and every node stays right on its own.
 */
public final class BoundedCache<K, V> {

    private final Map<K, V> entries;

    public BoundedCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The cached value of {@code key}, computed outside the lock on a miss (two racing misses compute twice). */
    public V get(K key, Function<K, V> compute) {
        synchronized (entries) {
            V known = entries.get(key);
            if (known != null) {
                return known;
            }
        }
        V value = compute.apply(key);
        synchronized (entries) {
            entries.put(key, value);
        }
        return value;
    }

    public int size() {
        synchronized (entries) {
            return entries.size();
        }
    }
}
