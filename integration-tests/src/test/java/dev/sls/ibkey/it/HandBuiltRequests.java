package dev.sls.ibkey.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sls.ibkey.protocol.IbKeyProtocol;
import dev.sls.testkit.server.KeycloakServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Requests to the device API and the wait endpoint built by hand, on purpose: what strangers and broken clients send,
 * which no correct client (the reference app) would.
 */
final class HandBuiltRequests {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private HandBuiltRequests() {
    }

    record Answer(int status, String error, String message, String body) {

        /** Status and error code: what a caller can tell apart. */
        String seen() {
            return status + " " + error + " " + message;
        }
    }

    static String api(KeycloakServer server) {
        return server.realmUrl(IbKeySteps.REALM) + "/" + IbKeyProtocol.API_PATH;
    }

    /** {@code headers} are name/value pairs. */
    static Answer send(String method, String url, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(15))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = response.body().startsWith("{") ? JSON.readTree(response.body()) : JSON.createObjectNode();
            return new Answer(response.statusCode(), json.path("error").asText(), json.path("message").asText(),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A decision for {@code challengeId} with a signature nobody made. */
    static Answer unsignedDecision(KeycloakServer server, String handle, String challengeId, String... headers) {
        String body = "{\"decision\":\"deny\",\"nonce\":\"n" + System.nanoTime() + "aaaaaaaa\",\"time\":"
                + System.currentTimeMillis() / 1000 + ",\"signature\":\"MEUCIQDl\"}";
        String[] all = concat(new String[] {"Content-Type", "application/json"}, headers);
        return send("POST", api(server) + "/devices/" + handle + "/challenges/" + challengeId + "/decision", body, all);
    }

    /** A challenge listing with a signature nobody made. */
    static Answer unsignedList(KeycloakServer server, String handle, String... headers) {
        String[] all = concat(new String[] {IbKeyProtocol.HEADER_TIME, String.valueOf(System.currentTimeMillis() / 1000),
            IbKeyProtocol.HEADER_NONCE, "n" + System.nanoTime() + "aaaaaaaa", IbKeyProtocol.HEADER_SIGNATURE, "MEUCIQDl"},
                headers);
        return send("GET", api(server) + "/devices/" + handle + "/challenges", null, all);
    }

    private static String[] concat(String[] first, String[] second) {
        String[] all = new String[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
