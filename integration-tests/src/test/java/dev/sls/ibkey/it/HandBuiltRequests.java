package dev.sls.ibkey.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sls.ibkey.protocol.IbKeyProtocol;
import dev.sls.testkit.server.ClientAddressProxy;
import dev.sls.testkit.server.KeycloakServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Requests to the device API and the wait endpoint built by hand, on purpose: what strangers and broken clients send,
 * which no correct client (the reference app) would.
 */
final class HandBuiltRequests {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Map<String, HttpClient> FROM = new ConcurrentHashMap<>();
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
        return send(HTTP, method, url, body, headers);
    }

    /**
     * As {@link #send}, from the client address {@code from} as the server sees it (through the test kit's trusted
     * {@link ClientAddressProxy}); null sends straight from 127.0.0.1.
     */
    static Answer sendFrom(String from, String method, String url, String body, String... headers) {
        return send(from == null ? HTTP : client(from), method, url, body, headers);
    }

    /** The HTTP client whose requests the server sees as coming from {@code address}. */
    static HttpClient client(String address) {
        return FROM.computeIfAbsent(address, a -> HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .proxy(ClientAddressProxy.forClient(a)).build());
    }

    /**
     * A request sent straight to the server from the loopback address {@code source} (say 127.0.0.9: not the trusted
     * proxy), written by hand on a socket bound to it; the status of the answer.
     */
    static int statusFromSource(String source, String method, String url, String body, String... headers) {
        URI uri = URI.create(url);
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(method + " " + uri.getRawPath()
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()) + " HTTP/1.1\r\nHost: " + uri.getHost()
                + ":" + uri.getPort() + "\r\nConnection: close\r\nContent-Length: " + content.length + "\r\n");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            head.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
        }
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(source, 0));
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 5000);
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            String status = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.ISO_8859_1)).readLine();
            return Integer.parseInt(status.split(" ")[1]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Answer send(HttpClient http, String method, String url, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(15))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
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

    /** A decision for {@code challengeId} with a signature nobody made, from the client address {@code from}. */
    static Answer unsignedDecision(KeycloakServer server, String handle, String challengeId, String from) {
        String body = "{\"decision\":\"deny\",\"nonce\":\"n" + System.nanoTime() + "aaaaaaaa\",\"time\":"
                + System.currentTimeMillis() / 1000 + ",\"signature\":\"MEUCIQDl\"}";
        return sendFrom(from, "POST", api(server) + "/devices/" + handle + "/challenges/" + challengeId + "/decision",
                body, "Content-Type", "application/json");
    }

    /** A challenge listing with a signature nobody made, from the client address {@code from}. */
    static Answer unsignedList(KeycloakServer server, String handle, String from) {
        return sendFrom(from, "GET", api(server) + "/devices/" + handle + "/challenges", null,
                IbKeyProtocol.HEADER_TIME, String.valueOf(System.currentTimeMillis() / 1000),
                IbKeyProtocol.HEADER_NONCE, "n" + System.nanoTime() + "aaaaaaaa", IbKeyProtocol.HEADER_SIGNATURE,
                "MEUCIQDl");
    }
}
