package dev.sls.testkit.browser;

import java.util.Base64;

/** The bytes of a {@code data:...;base64,} URI, such as the activation page's inline QR image. */
public final class DataUri {

    private DataUri() {
    }

    public static byte[] bytes(String uri) {
        if (uri == null || !uri.startsWith("data:") || !uri.contains(";base64,")) {
            throw new IllegalArgumentException("not a base64 data URI: " + uri);
        }
        return Base64.getDecoder().decode(uri.substring(uri.indexOf(',') + 1));
    }
}
