package dev.sls.core.credential;

import dev.sls.core.cache.BoundedCache;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.function.Supplier;

/**
 * What parsing a stored credential gave (its DTOs, its decoded public key), kept per node and keyed by the
 * credential's id and a SHA-256 of its stored credential and secret data. A credential whose data changed (a new key,
 * a new push token) has a new key here, so nothing stale is ever served; and the cache is only asked once the stored
 * credential was read, so a removed credential is never served either. Entries are immutable; when full, the least
 * recently used goes (a re-parse is the only cost).
 *
 * @param <T> the parsed form, immutable
 */
public final class ParsedCredentials<T> {

    private final BoundedCache<String, T> parsed;

    public ParsedCredentials(int capacity) {
        this.parsed = new BoundedCache<>(capacity);
    }

    /** The parsed form of this stored credential, parsed by {@code parse} at most once per node while it stays. */
    public T get(String credentialId, String credentialData, String secretData, Supplier<T> parse) {
        return parsed.get(credentialId + "." + digest(credentialData, secretData), key -> parse.get());
    }

    int size() {
        return parsed.size();
    }

    private static String digest(String credentialData, String secretData) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(String.valueOf(credentialData).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(String.valueOf(secretData).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is a required JDK algorithm", e);
        }
    }
}
