package dev.sls.testkit.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * OpenID Connect authorization-code login with PKCE (S256), state and nonce, driven through a
 * {@link Browser}:
 *
 * <pre>{@code
 * Page login = OidcLogin.begin(browser, server.realmUrl("sls-demo"), "demo-app", "http://app.invalid/cb");
 * Page next = login.form("#kc-form-login").set("username", "bob").set("password", "...").submit("kc-login");
 * ... further pages ...
 * Tokens tokens = OidcLogin.finish(lastPage);
 * }</pre>
 *
 * The pending request (state, nonce, PKCE verifier) is kept on the browser between the two calls.
 */
public final class OidcLogin {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String realmUrl;
    private final String clientId;
    private final String redirectUri;
    private final String state = randomToken();
    private final String nonce = randomToken();
    private final String verifier = randomToken() + randomToken();
    private final Map<String, String> extraParameters;

    private OidcLogin(String realmUrl, String clientId, String redirectUri, Map<String, String> extraParameters) {
        this.realmUrl = realmUrl.endsWith("/") ? realmUrl.substring(0, realmUrl.length() - 1) : realmUrl;
        this.clientId = clientId;
        this.redirectUri = redirectUri;
        this.extraParameters = Map.copyOf(extraParameters);
    }

    /**
     * Opens the authorization endpoint (scope {@code openid}) and returns the first page (normally the
     * login form). Sets the browser's stop prefix to {@code redirectUri}.
     */
    public static Page begin(Browser browser, String realmUrl, String clientId, String redirectUri) {
        return begin(browser, realmUrl, clientId, redirectUri, Map.of());
    }

    /**
     * As {@link #begin(Browser, String, String, String)}, adding authorization parameters such as
     * {@code kc_action}, {@code ui_locales} or {@code acr_values}.
     */
    public static Page begin(Browser browser, String realmUrl, String clientId, String redirectUri,
                             Map<String, String> extraParameters) {
        OidcLogin login = new OidcLogin(realmUrl, clientId, redirectUri, extraParameters);
        browser.stopAt(redirectUri);
        browser.pendingLogin = login;
        return browser.open(login.authorizationUrl());
    }

    /** {@link #finish(Page, String)} for a public client. */
    public static Tokens finish(Page redirectPage) {
        return finish(redirectPage, null);
    }

    /**
     * Takes the redirect back to the client, checks state, exchanges the code at the token endpoint and
     * checks the ID token's nonce.
     *
     * @param clientSecret secret of a confidential client, or null for a public client
     * @throws IllegalStateException if the page is not the redirect, carries an OAuth error, or the
     *                               token request fails
     */
    public static Tokens finish(Page redirectPage, String clientSecret) {
        OidcLogin login = redirectPage.browser().pendingLogin;
        if (login == null) {
            throw new IllegalStateException("No OidcLogin.begin(...) on this browser");
        }
        String location = redirectPage.redirectLocation();
        if (location == null || !location.startsWith(login.redirectUri)) {
            throw new IllegalStateException("Expected a redirect to " + login.redirectUri + " but got "
                    + redirectPage.describe());
        }
        Map<String, String> params = queryParameters(location);
        if (params.containsKey("error")) {
            throw new IllegalStateException("Authorization failed: " + params.get("error")
                    + (params.containsKey("error_description") ? " - " + params.get("error_description") : ""));
        }
        if (!login.state.equals(params.get("state"))) {
            throw new IllegalStateException("state mismatch in " + location);
        }
        String code = params.get("code");
        if (code == null) {
            throw new IllegalStateException("No code in " + location);
        }
        Tokens tokens = login.exchange(code, clientSecret);
        redirectPage.browser().pendingLogin = null;
        if (tokens.idToken() != null && !login.nonce.equals(tokens.idClaims().path("nonce").asText())) {
            throw new IllegalStateException("nonce mismatch in ID token " + tokens.idClaims());
        }
        return tokens;
    }

    private String authorizationUrl() {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("client_id", clientId);
        query.put("redirect_uri", redirectUri);
        query.put("response_type", "code");
        query.put("scope", "openid");
        query.put("state", state);
        query.put("nonce", nonce);
        query.put("code_challenge", challenge(verifier));
        query.put("code_challenge_method", "S256");
        query.putAll(extraParameters);
        return realmUrl + "/protocol/openid-connect/auth?" + encode(query);
    }

    private Tokens exchange(String code, String clientSecret) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", redirectUri);
        form.put("client_id", clientId);
        form.put("code_verifier", verifier);
        if (clientSecret != null) {
            form.put("client_secret", clientSecret);
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form)))
                .build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Token request failed: HTTP " + response.statusCode() + " "
                        + response.body());
            }
            JsonNode body = JSON.readTree(response.body());
            return Tokens.fromResponse(body);
        } catch (IOException e) {
            throw new UncheckedIOException("Token request to " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during token request", e);
        }
    }

    static Map<String, String> queryParameters(String url) {
        Map<String, String> params = new LinkedHashMap<>();
        String query = URI.create(url).getRawQuery();
        if (query == null) {
            return params;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            params.putIfAbsent(URLDecoder.decode(key, StandardCharsets.UTF_8),
                    URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return params;
    }

    private static String challenge(String verifier) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    private static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String encode(Map<String, String> values) {
        return values.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
