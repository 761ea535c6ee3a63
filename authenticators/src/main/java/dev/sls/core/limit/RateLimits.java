package dev.sls.core.limit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.SingleUseObjectProvider;

/**
 * How often something may happen per key (a user, a client IP, a phone number) in a rolling window, cluster-wide:
 * each use claims one of {@code max} slots with an atomic putIfAbsent in Keycloak's single-use store, and a slot
 * frees itself {@code window} after it was claimed. Nothing is kept beyond the window.
 */
public final class RateLimits {

    /**
     * A limit: at most {@code max} uses per key in any {@code window}.
     *
     * @param name a short stable name, part of the store keys (e.g. {@code push-ip})
     */
    public record Limit(String name, int max, Duration window) {

        public Limit {
            if (!name.matches("[a-z][a-z0-9-]{0,31}") || max < 1 || max > 1000 || window.toSeconds() < 1) {
                throw new IllegalArgumentException("bad limit " + name + " " + max + "/" + window);
            }
        }
    }

    private static final String PREFIX = "sls.limit.";
    private static final String CLAIMED_AT = "at";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final KeycloakSession session;

    public RateLimits(KeycloakSession session) {
        this.session = session;
    }

    /**
     * Uses one slot of {@code limit} for {@code key}; empty when allowed, else how long until a slot frees. Slots are
     * tried from a random one on, so a limit far from full costs one or two store calls whatever its size.
     */
    public Optional<Duration> tryUse(Limit limit, String key) {
        Use use = claim(limit, key);
        return use.allowed() ? Optional.empty() : Optional.of(use.retryAfter());
    }

    /**
     * One use of a limit: the slot it took (give it back with {@link #release(Limit, String, int)}), or, when the
     * limit was full, {@code slot} -1 and how long until a slot frees.
     */
    public record Use(int slot, Duration retryAfter) {

        public boolean allowed() {
            return slot >= 0;
        }
    }

    /** As {@link #tryUse}, saying which slot was taken. */
    public Use claim(Limit limit, String key) {
        String base = base(limit, key);
        long window = limit.window().toSeconds();
        int start = RANDOM.nextInt(limit.max());
        for (int i = 0; i < limit.max(); i++) {
            int slot = (start + i) % limit.max();
            if (store().putIfAbsent(base + slot, window)) {
                store().put(base + slot + ".at", window, Map.of(CLAIMED_AT, Long.toString(Time.currentTime())));
                return new Use(slot, Duration.ZERO);
            }
        }
        return new Use(-1, retryAfter(limit, base));
    }

    /** Gives back the slot a {@link #claim} took, without looking for it: two removes whatever the limit's size. */
    public void release(Limit limit, String key, int slot) {
        if (slot < 0 || slot >= limit.max()) {
            return;
        }
        String base = base(limit, key);
        store().remove(base + slot);
        store().remove(base + slot + ".at");
    }

    /** Gives one used slot of {@code limit} back to {@code key}, when the use turned out to be legitimate. */
    public void release(Limit limit, String key) {
        String base = base(limit, key);
        for (int slot = 0; slot < limit.max(); slot++) {
            if (store().contains(base + slot)) {
                store().remove(base + slot);
                store().remove(base + slot + ".at");
                return;
            }
        }
    }

    /** Whether {@code key} has used up {@code limit} right now, without using a slot. */
    public boolean isExhausted(Limit limit, String key) {
        String base = base(limit, key);
        for (int slot = 0; slot < limit.max(); slot++) {
            if (!store().contains(base + slot)) {
                return false;
            }
        }
        return true;
    }

    private Duration retryAfter(Limit limit, String base) {
        long now = Time.currentTime();
        long oldest = now;
        for (int slot = 0; slot < limit.max(); slot++) {
            Map<String, String> claimed = store().get(base + slot + ".at");
            if (claimed != null && claimed.get(CLAIMED_AT) != null) {
                oldest = Math.min(oldest, Long.parseLong(claimed.get(CLAIMED_AT)));
            }
        }
        return Duration.ofSeconds(Math.max(1, oldest + limit.window().toSeconds() - now));
    }

    /** Keys are hashed: a phone number or an address never appears in the store's keys. */
    private static String base(Limit limit, String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return PREFIX + limit.name() + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(digest)
                    .substring(0, 22) + ".";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is a required JDK algorithm", e);
        }
    }

    private SingleUseObjectProvider store() {
        return session.singleUseObjects();
    }
}
