package dev.sls.ibkey.protocol;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the old phone's transfer QR code holds: {@code sls-ibkey://transfer?v=1&server=...&realm=...&offer=...}, the
 * server being the Keycloak base URL the old phone talks to.
 */
public record TransferUri(String server, String realm, String offer) {

    public static final String PREFIX = ActivationUri.SCHEME + "://transfer?";
    /** 32 random bytes, Base64url without padding. */
    public static final Pattern OFFER = Pattern.compile("[A-Za-z0-9_-]{43}");

    public TransferUri {
        if (server == null || !isHttpUrl(server) || realm == null || realm.isBlank() || offer == null
                || !OFFER.matcher(offer).matches()) {
            throw new IllegalArgumentException("a transfer needs an http(s) server, a realm and a 43-character offer");
        }
    }

    public String format() {
        return PREFIX + "v=1&server=" + encode(server) + "&realm=" + encode(realm) + "&offer=" + offer;
    }

    public static Optional<TransferUri> parse(String text) {
        if (text == null || !text.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Map<String, String> params = new HashMap<>();
        for (String pair : text.substring(PREFIX.length()).split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                params.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        try {
            return "1".equals(params.get("v"))
                    ? Optional.of(new TransferUri(params.get("server"), params.get("realm"), params.get("offer")))
                    : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean isHttpUrl(String value) {
        try {
            URI uri = URI.create(value);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
