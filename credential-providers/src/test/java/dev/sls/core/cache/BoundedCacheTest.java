package dev.sls.core.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BoundedCacheTest {

    @Test
    void aValueIsComputedOnceAndTheLeastRecentlyUsedGoesFirst() {
        AtomicInteger computed = new AtomicInteger();
        BoundedCache<String, String> cache = new BoundedCache<>(2);
        cache.get("a", key -> key + computed.incrementAndGet());
        cache.get("b", key -> key + computed.incrementAndGet());
        assertEquals("a1", cache.get("a", key -> key + computed.incrementAndGet()), "a hit computes nothing");
        cache.get("c", key -> key + computed.incrementAndGet());
        assertEquals(2, cache.size());
        assertEquals("a1", cache.get("a", key -> "recomputed"), "a was used last, b went");
        assertEquals("b4", cache.get("b", key -> key + computed.incrementAndGet()));
    }

    @Test
    void aCacheHoldsAtLeastOneEntry() {
        assertThrows(IllegalArgumentException.class, () -> new BoundedCache<String, String>(0));
    }
}
