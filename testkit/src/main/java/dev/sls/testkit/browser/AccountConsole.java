package dev.sls.testkit.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Keycloak's account console as its single-page app uses it: a login through the {@code account-console} client,
 * then the account REST API with the access token, and the console's message bundle.
 */
public final class AccountConsole {

    public static final String CLIENT = "account-console";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private AccountConsole() {
    }

    /** Opens the console's login; finish it like any login and pass the tokens to the calls below. */
    public static Page begin(Browser browser, String realmUrl) {
        return OidcLogin.begin(browser, realmUrl, CLIENT, realmUrl + "/account/");
    }

    /** What the console's "Signing in" page shows: {@code GET /account/credentials}. */
    public static Answer credentials(String realmUrl, Tokens tokens) {
        return get(realmUrl + "/account/credentials", tokens.accessToken(), null);
    }

    /** The same, as a browser set to {@code acceptLanguage} asks for it (the console's texts follow the browser). */
    public static Answer credentials(String realmUrl, Tokens tokens, String acceptLanguage) {
        return get(realmUrl + "/account/credentials", tokens.accessToken(), acceptLanguage);
    }

    /** What the console's remove button sends: {@code DELETE /account/credentials/{id}}. */
    public static Answer remove(String realmUrl, Tokens tokens, String credentialId) {
        return send(HttpRequest.newBuilder(URI.create(realmUrl + "/account/credentials/" + credentialId))
                .header("Authorization", "Bearer " + tokens.accessToken()).DELETE());
    }

    /** The console's messages in {@code locale}: {@code GET /resources/{realm}/account/{locale}} (no login needed). */
    public static Map<String, String> messages(String serverUrl, String realm, String locale) {
        Answer answer = get(serverUrl + "/resources/" + realm + "/account/" + locale, null, null);
        Map<String, String> messages = new HashMap<>();
        answer.json().forEach(entry -> messages.put(entry.path("key").asText(), entry.path("value").asText()));
        return messages;
    }

    private static Answer get(String url, String accessToken, String acceptLanguage) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        if (accessToken != null) {
            request.header("Authorization", "Bearer " + accessToken);
        }
        return send(request.GET());
    }

    private static Answer send(HttpRequest.Builder builder) {
        HttpRequest request = builder.timeout(Duration.ofSeconds(30)).header("Accept", "application/json").build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during " + request.method() + " " + request.uri(), e);
        }
    }

    public record Answer(int status, String body) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON (HTTP " + status + "): " + body, e);
            }
        }

        /** The credential type with id {@code type} from a credentials answer, or a missing node. */
        public JsonNode type(String type) {
            for (JsonNode container : json()) {
                if (type.equals(container.path("type").asText())) {
                    return container;
                }
            }
            return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        }
    }
}
