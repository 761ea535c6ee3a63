package dev.sls.ibkey.protocol;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the activation QR code holds: {@code sls-ibkey://activate?v=1&server=...&realm=...&code=...}. The server URL
 * is the Keycloak base URL (no trailing slash), so the app knows where to call.
 */
public record ActivationUri(String server, String realm, ActivationCode code) {

    public static final String SCHEME = "sls-ibkey";

    public String format() {
        return SCHEME + "://activate?v=1&server=" + encode(server) + "&realm=" + encode(realm)
                + "&code=" + code.canonical();
    }

    public static Optional<ActivationUri> parse(String text) {
        if (text == null || !text.startsWith(SCHEME + "://activate?")) {
            return Optional.empty();
        }
        Map<String, String> params = new HashMap<>();
        for (String pair : text.substring(text.indexOf('?') + 1).split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                params.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        String server = params.get("server");
        String realm = params.get("realm");
        if (!"1".equals(params.get("v")) || server == null || realm == null || realm.isBlank() || !isHttpUrl(server)) {
            return Optional.empty();
        }
        return ActivationCode.parse(params.get("code")).map(code -> new ActivationUri(server, realm, code));
    }

    private static boolean isHttpUrl(String value) {
        try {
            String scheme = URI.create(value).getScheme();
            return "http".equals(scheme) || "https".equals(scheme);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
