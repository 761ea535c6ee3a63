package dev.sls.mobile.send.twilio;

import dev.sls.core.gateway.GatewayHttp;
import dev.sls.shaded.twilio.hc.core5.http.Header;
import dev.sls.shaded.twilio.sdk.Twilio;
import dev.sls.shaded.twilio.sdk.exception.ApiConnectionException;
import dev.sls.shaded.twilio.sdk.http.HttpClient;
import dev.sls.shaded.twilio.sdk.http.HttpMethod;
import dev.sls.shaded.twilio.sdk.http.Request;
import dev.sls.shaded.twilio.sdk.http.Response;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The Twilio SDK's HTTP client, on the pack's gateway helper (java.net.http) instead of the SDK's Apache client:
 * one attempt per request with a short timeout (a login is waiting), no redirects, and an optional API URL that
 * takes the place of the twilio.com hosts (a proxy, or the tests' local Twilio).
 */
final class TwilioGatewayClient extends HttpClient {

    static final String USER_AGENT = "twilio-java/" + Twilio.VERSION + " sls-keycloak";

    private final GatewayHttp http;
    private final URI apiUrl;
    private final Duration timeout;

    TwilioGatewayClient(GatewayHttp http, URI apiUrl, Duration timeout) {
        this.http = http;
        this.apiUrl = apiUrl;
        this.timeout = timeout;
    }

    /** The SDK retries 5xx answers three times with pauses; a waiting login gets one attempt. */
    @Override
    public Response reliableRequest(Request request) {
        return makeRequest(request);
    }

    @Override
    public Response makeRequest(Request request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(target(request))
                .version(java.net.http.HttpClient.Version.HTTP_1_1)
                .timeout(timeout)
                .header("Accept", "application/json")
                .header("User-Agent", USER_AGENT);
        if (request.requiresAuthentication()) {
            builder.header("Authorization", request.getAuthString());
        }
        for (Map.Entry<String, List<String>> header : request.getHeaderParams().entrySet()) {
            header.getValue().forEach(value -> builder.header(header.getKey(), value));
        }
        if (request.getMethod() == HttpMethod.GET) {
            builder.GET();
        } else {
            builder.header("Content-Type", "application/x-www-form-urlencoded")
                    .method(request.getMethod().toString(),
                            HttpRequest.BodyPublishers.ofString(request.encodeFormBody(), StandardCharsets.UTF_8));
        }
        try {
            HttpResponse<String> response = http.client().send(builder.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.body(), response.statusCode(), new Header[0]);
        } catch (IOException e) {
            throw new ApiConnectionException(GatewayHttp.transportFailure(e).orElse("I/O error"), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiConnectionException("interrupted", e);
        }
    }

    /** The SDK's URL, with the API URL's scheme, host and port when one is set. */
    private URI target(Request request) {
        URI sdk;
        try {
            sdk = request.constructURL().toURI();
        } catch (URISyntaxException e) {
            throw new ApiConnectionException("bad URL", e);
        }
        if (apiUrl == null) {
            return sdk;
        }
        String base = apiUrl.toString().replaceAll("/+$", "");
        return URI.create(base + sdk.getRawPath() + (sdk.getRawQuery() == null ? "" : "?" + sdk.getRawQuery()));
    }
}
