package dev.sls.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.sls.testkit.server.KeycloakServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Minimal client for the Keycloak admin REST API, logged in as the bootstrap admin ({@code admin}/
 * {@code admin}) through the master realm's {@code admin-cli} client.
 *
 * <p><b>Path convention:</b> every {@code path} argument is appended to {@code <baseUrl>/admin/realms}.
 * It is either empty (the realm list) or starts with {@code /<realm>}, e.g. {@code get("")},
 * {@code get("/sls-demo/users?username=bob&exact=true")}. Query values and path segments are not encoded
 * for you; use {@link #enc(String)}. A path that starts with {@code http} is used as an absolute URL
 * (for the few endpoints outside {@code /admin/realms}, e.g. {@code <baseUrl>/admin/serverinfo}).
 *
 * <p>Calls to the SLS admin API ({@code /<realm>/sls/...}) go out with a service-account token instead
 * ({@link SlsAdminServiceAccount}): that API refuses tokens that proved only a password, as the bootstrap admin's do.
 *
 * <p>Non-2xx answers throw {@link HttpError}; {@link #send} returns them instead.
 */
public final class AdminClient {

    private static final Duration TOKEN_MAX_AGE = Duration.ofSeconds(50);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private final String username;
    private final String password;
    private static final Pattern SLS_ADMIN_PATH = Pattern.compile("^/([^/?]+)/sls(?:[/?].*)?$");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final SlsAdminServiceAccount slsAdmin;
    private String token;
    private Instant tokenTime = Instant.EPOCH;

    public AdminClient(String baseUrl, String username, String password) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.username = username;
        this.password = password;
        this.slsAdmin = new SlsAdminServiceAccount(this.baseUrl, this);
    }

    /** Client for the bootstrap admin {@code admin}/{@code admin} of {@code server}. */
    public static AdminClient forServer(KeycloakServer server) {
        return new AdminClient(server.baseUrl(), "admin", "admin");
    }

    /** A status and body of a non-2xx admin API answer. */
    public static final class HttpError extends RuntimeException {
        private final int status;
        private final String body;

        public HttpError(String method, URI uri, int status, String body) {
            super(method + " " + uri + " -> HTTP " + status + (body.isEmpty() ? "" : ": " + body));
            this.status = status;
            this.body = body;
        }

        public int status() {
            return status;
        }

        public String body() {
            return body;
        }
    }

    /** Raw answer of {@link #send}: status, body text and the {@code Location} header (or null). */
    public record Response(int status, String body, String location) {
        public JsonNode json() {
            return parse(body);
        }
    }

    public JsonNode get(String path) {
        return check("GET", path, send("GET", path, null)).json();
    }

    /** POSTs JSON; returns the response body, or for 201 Created the id (last Location segment) as a TextNode. */
    public JsonNode post(String path, Object body) {
        Response response = check("POST", path, send("POST", path, body));
        if (response.status() == 201 && response.location() != null) {
            String location = response.location();
            return TextNode.valueOf(location.substring(location.lastIndexOf('/') + 1));
        }
        return response.json();
    }

    public void put(String path, Object body) {
        check("PUT", path, send("PUT", path, body));
    }

    public void delete(String path) {
        check("DELETE", path, send("DELETE", path, null));
    }

    /**
     * Sends a request without judging the status. {@code body} may be null, a String (sent as is), a
     * JsonNode, or any Jackson-serialisable object.
     */
    public Response send(String method, String path, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + tokenFor(path))
                .header("Accept", "application/json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(toJson(body), StandardCharsets.UTF_8));
        }
        HttpResponse<String> response = exchange(request.build());
        return new Response(response.statusCode(), response.body(),
                response.headers().firstValue("Location").orElse(null));
    }

    /** Deletes the harness's SLS admin service-account client (made again on the next SLS admin call). */
    public void deleteSlsAdminClient() {
        slsAdmin.delete();
    }

    /** Creates an enabled user with verified email, names and a non-temporary password; returns the id. */
    public String createUser(String realm, String username, String password) {
        ObjectNode user = JSON.createObjectNode()
                .put("username", username)
                .put("enabled", true)
                .put("emailVerified", true)
                .put("email", username + "@example.test")
                .put("firstName", capitalize(username))
                .put("lastName", "Tester");
        user.putArray("credentials").addObject()
                .put("type", "password")
                .put("value", password)
                .put("temporary", false);
        return post("/" + realm + "/users", user).asText();
    }

    /** Id of the user with exactly this username. */
    public String userId(String realm, String username) {
        JsonNode users = get("/" + realm + "/users?exact=true&username=" + enc(username));
        if (!users.isArray() || users.isEmpty()) {
            throw new IllegalArgumentException("No user '" + username + "' in realm " + realm);
        }
        return users.get(0).path("id").asText();
    }

    /** The user's stored credentials (type, id, userLabel, createdDate; no secrets). */
    public JsonNode credentials(String realm, String userId) {
        return get("/" + realm + "/users/" + userId + "/credentials");
    }

    /** Brute-force status: {@code numFailures}, {@code disabled}, {@code lastFailure}, ... */
    public JsonNode bruteForceStatus(String realm, String userId) {
        return get("/" + realm + "/attack-detection/brute-force/users/" + userId);
    }

    /**
     * The brute-force status once it counts at least {@code expected} failures, or after five seconds: Keycloak does
     * its brute-force bookkeeping on its own executor, so a failure shows a moment after the answer that caused it.
     */
    public JsonNode awaitBruteForceFailures(String realm, String userId, int expected) {
        JsonNode status = bruteForceStatus(realm, userId);
        for (int i = 0; i < 50 && status.path("numFailures").asInt() < expected; i++) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return status;
            }
            status = bruteForceStatus(realm, userId);
        }
        return status;
    }

    public void clearBruteForce(String realm, String userId) {
        delete("/" + realm + "/attack-detection/brute-force/users/" + userId);
    }

    /** Adds a required action (e.g. {@code UPDATE_PASSWORD}, or a provider id) unless already present. */
    public void addRequiredAction(String realm, String userId, String action) {
        String path = "/" + realm + "/users/" + userId;
        ObjectNode user = (ObjectNode) get(path);
        JsonNode current = user.path("requiredActions");
        ArrayNode actions = current.isArray() ? (ArrayNode) current : user.putArray("requiredActions");
        for (JsonNode existing : actions) {
            if (existing.asText().equals(action)) {
                return;
            }
        }
        actions.add(action);
        put(path, user);
    }

    /** Admin path of the config of the {@code providerId} step in a realm's flow {@code flowAlias}. */
    public String authenticatorConfigPath(String realm, String flowAlias, String providerId) {
        for (JsonNode execution : get("/" + realm + "/authentication/flows/" + enc(flowAlias) + "/executions")) {
            if (providerId.equals(execution.path("providerId").asText())) {
                return "/" + realm + "/authentication/config/" + execution.path("authenticationConfig").asText();
            }
        }
        throw new IllegalStateException(providerId + " not found in flow " + flowAlias + " of " + realm);
    }

    /** URL-encodes a path segment or query value. */
    public static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private URI uri(String path) {
        if (path.startsWith("http://") || path.startsWith("https://")) {
            return URI.create(path);
        }
        if (!path.isEmpty() && !path.startsWith("/")) {
            throw new IllegalArgumentException("Admin path must be empty or start with '/<realm>': " + path);
        }
        return URI.create(baseUrl + "/admin/realms" + path);
    }

    private String tokenFor(String path) {
        Matcher sls = SLS_ADMIN_PATH.matcher(path);
        return sls.matches() ? slsAdmin.token(sls.group(1)) : token();
    }

    private synchronized String token() {
        if (token == null || Instant.now().isAfter(tokenTime.plus(TOKEN_MAX_AGE))) {
            Instant requested = Instant.now();
            String form = Map.of("grant_type", "password", "client_id", "admin-cli",
                            "username", username, "password", password)
                    .entrySet().stream()
                    .map(e -> e.getKey() + "=" + enc(e.getValue()))
                    .collect(Collectors.joining("&"));
            HttpRequest request = HttpRequest.newBuilder(
                            URI.create(baseUrl + "/realms/master/protocol/openid-connect/token"))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form))
                    .build();
            HttpResponse<String> response = exchange(request);
            if (response.statusCode() != 200) {
                throw new HttpError("POST", request.uri(), response.statusCode(), response.body());
            }
            token = parse(response.body()).path("access_token").asText();
            tokenTime = requested;
        }
        return token;
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted: " + request.method() + " " + request.uri(), e);
        }
    }

    private Response check(String method, String path, Response response) {
        if (response.status() / 100 != 2) {
            throw new HttpError(method, uri(path), response.status(), response.body());
        }
        return response;
    }

    private static String toJson(Object body) {
        if (body instanceof String s) {
            return s;
        }
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot serialise request body " + body, e);
        }
    }

    static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return TextNode.valueOf(body);
        }
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Convenience for tests that build small JSON bodies. */
    public static ObjectNode object() {
        return JSON.createObjectNode();
    }

    /** Convenience: a JSON array of strings. */
    public static ArrayNode array(List<String> values) {
        ArrayNode array = JSON.createArrayNode();
        values.forEach(array::add);
        return array;
    }
}
