package dev.sls.testkit.browser;

import java.net.URI;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Cookie store that, unlike {@link java.net.CookieManager}, keeps {@code Secure} and
 * {@code SameSite=None} cookies on plain http: Keycloak sets its login cookies that way even on
 * http://localhost, and real browsers accept them there because localhost counts as a secure context.
 * Honours host/domain, path prefix, {@code Max-Age} and {@code Expires} (including deletion).
 */
final class CookieJar {

    private record Cookie(String name, String value, String domain, boolean hostOnly, String path,
            Instant expires) {

        boolean matches(String host, String requestPath) {
            boolean hostMatches = hostOnly ? host.equals(domain) : host.equals(domain) || host.endsWith("." + domain);
            return hostMatches && pathMatches(requestPath);
        }

        private boolean pathMatches(String requestPath) {
            return requestPath.equals(path)
                    || requestPath.startsWith(path) && (path.endsWith("/") || requestPath.charAt(path.length()) == '/');
        }

        boolean sameSlot(Cookie other) {
            return name.equals(other.name) && domain.equals(other.domain) && path.equals(other.path);
        }

        boolean expired(Instant now) {
            return expires != null && !expires.isAfter(now);
        }
    }

    private final List<Cookie> cookies = new ArrayList<>();

    /** Stores every {@code Set-Cookie} header value received from {@code uri}. */
    synchronized void store(URI uri, List<String> setCookieHeaders) {
        for (String header : setCookieHeaders) {
            Cookie cookie = parse(uri, header);
            if (cookie != null) {
                cookies.removeIf(cookie::sameSlot);
                if (!cookie.expired(Instant.now())) {
                    cookies.add(cookie);
                }
            }
        }
    }

    /** Value for a {@code Cookie} request header, or empty if no cookie applies. */
    synchronized Optional<String> header(URI uri) {
        Instant now = Instant.now();
        cookies.removeIf(c -> c.expired(now));
        String host = host(uri);
        String path = requestPath(uri);
        List<String> pairs = cookies.stream()
                .filter(c -> c.matches(host, path))
                .sorted(Comparator.comparingInt((Cookie c) -> c.path().length()).reversed())
                .map(c -> c.name() + "=" + c.value())
                .toList();
        return pairs.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", pairs));
    }

    /** Value of the named cookie that would be sent to {@code uri}, if any. */
    synchronized Optional<String> value(URI uri, String name) {
        String host = host(uri);
        String path = requestPath(uri);
        Instant now = Instant.now();
        return cookies.stream()
                .filter(c -> c.name().equals(name) && c.matches(host, path) && !c.expired(now))
                .map(Cookie::value)
                .findFirst();
    }

    synchronized void clear() {
        cookies.clear();
    }

    private static Cookie parse(URI uri, String header) {
        String[] parts = header.split(";");
        int eq = parts[0].indexOf('=');
        if (eq <= 0) {
            return null;
        }
        String name = parts[0].substring(0, eq).trim();
        String value = parts[0].substring(eq + 1).trim();
        String domain = host(uri);
        boolean hostOnly = true;
        String path = defaultPath(uri);
        Instant expires = null;
        boolean maxAgeSeen = false;
        for (int i = 1; i < parts.length; i++) {
            String attribute = parts[i].trim();
            int aeq = attribute.indexOf('=');
            String key = (aeq < 0 ? attribute : attribute.substring(0, aeq)).trim().toLowerCase(Locale.ROOT);
            String attributeValue = aeq < 0 ? "" : attribute.substring(aeq + 1).trim();
            switch (key) {
                case "domain" -> {
                    String d = attributeValue.startsWith(".") ? attributeValue.substring(1) : attributeValue;
                    if (!d.isEmpty()) {
                        domain = d.toLowerCase(Locale.ROOT);
                        hostOnly = false;
                    }
                }
                case "path" -> path = attributeValue.startsWith("/") ? attributeValue : defaultPath(uri);
                case "max-age" -> {
                    try {
                        expires = Instant.now().plusSeconds(Long.parseLong(attributeValue));
                        maxAgeSeen = true;
                    } catch (NumberFormatException e) {
                        // ignore malformed attribute, as browsers do
                    }
                }
                case "expires" -> {
                    if (!maxAgeSeen) { // Max-Age wins over Expires
                        expires = parseDate(attributeValue);
                    }
                }
                default -> {
                    // Secure, HttpOnly, SameSite, Version: deliberately ignored
                }
            }
        }
        return new Cookie(name, value, domain, hostOnly, path, expires);
    }

    private static Instant parseDate(String value) {
        // Keycloak writes "Thu, 01-Jan-1970 00:00:10 GMT"; RFC 1123 uses spaces instead of dashes
        String normalised = value.replace('-', ' ');
        try {
            return ZonedDateTime.parse(normalised, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return ZonedDateTime.parse(normalised,
                        DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss zzz", Locale.ROOT)).toInstant();
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    private static String host(URI uri) {
        return uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    }

    private static String requestPath(URI uri) {
        String path = uri.getRawPath();
        return path == null || path.isEmpty() ? "/" : path;
    }

    /** RFC 6265 default-path: the request path up to, not including, its last '/'. */
    private static String defaultPath(URI uri) {
        String path = requestPath(uri);
        int slash = path.lastIndexOf('/');
        return slash <= 0 ? "/" : path.substring(0, slash);
    }
}
