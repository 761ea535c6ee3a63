package dev.sls.testkit.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ClientAddressProxyTest {

    private HttpServer server;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        // Answers what a trusting server would see: the peer, every X-Forwarded-For and Forwarded header, the body.
        server.createContext("/", exchange -> {
            String seen = exchange.getRemoteAddress().getAddress().getHostAddress() + " | "
                    + exchange.getRequestHeaders().getOrDefault("X-Forwarded-For", List.of()) + " | "
                    + exchange.getRequestHeaders().getOrDefault("Forwarded", List.of()) + " | "
                    + exchange.getRequestURI() + " | "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            byte[] body = seen.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void requestsArriveFromTheProxyAddressWithOnlyTheAskedClientAddress() throws Exception {
        HttpClient client = HttpClient.newBuilder().proxy(ClientAddressProxy.forClient("10.1.2.3")).build();
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/a/b?c=d";
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(url))
                    .header("X-Forwarded-For", "6.6.6.6").header("Forwarded", "for=6.6.6.6")
                    .POST(HttpRequest.BodyPublishers.ofString("body " + i)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(ClientAddressProxy.PROXY_ADDRESS + " | [10.1.2.3] | [] | /a/b?c=d | body " + i, answer.body(),
                    "the forged headers are overwritten, not appended to");
        }
    }

    @Test
    void onlyIpv4LiteralsArePlayed() {
        assertThrows(IllegalArgumentException.class, () -> ClientAddressProxy.forClient("10.0.0.1, 6.6.6.6"));
        assertThrows(IllegalArgumentException.class, () -> ClientAddressProxy.forClient("unknown"));
    }
}
