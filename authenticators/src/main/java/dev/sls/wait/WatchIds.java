package dev.sls.wait;

import java.security.SecureRandom;
import java.util.Base64;

/** Unguessable ids for challenges and watches: 128 random bits, Base64url. */
public final class WatchIds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private WatchIds() {
    }

    public static String random() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static boolean looksValid(String id) {
        return id != null && id.length() == 22 && id.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_');
    }
}
