package dev.sls.core.gateway;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;

/** Reading and checking single gateway setting values; the typed settings records build on these. */
public final class GatewaySettings {

    private GatewaySettings() {
    }

    public static String required(Map<String, String> settings, String key) {
        String value = optional(settings, key);
        if (value == null) {
            throw new SettingException(key, "is required");
        }
        return value;
    }

    /** The trimmed value, or null when missing or blank. */
    public static String optional(Map<String, String> settings, String key) {
        String value = settings == null ? null : settings.get(key);
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** An absolute http(s) URL with a host, no user info and no fragment. */
    public static URI httpUrl(String key, String value) {
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw new SettingException(key, "is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new SettingException(key, "must be an http or https URL");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new SettingException(key, "must name a host");
        }
        if (uri.getRawUserInfo() != null) {
            throw new SettingException(key, "must not contain user name or password");
        }
        if (uri.getRawFragment() != null) {
            throw new SettingException(key, "must not contain a #fragment");
        }
        return uri;
    }

    /** A base URL (may end in "/") followed by an absolute path. */
    public static URI resolve(URI base, String path) {
        String text = base.toString();
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        return URI.create(text + path);
    }
}
