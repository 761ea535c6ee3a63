package dev.sls.testkit.bench;

import dev.sls.testkit.browser.Browser;
import dev.sls.testkit.browser.OidcLogin;
import dev.sls.testkit.server.KeycloakServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Requests any Keycloak answers all day, timed one after another while the push logins wait. */
final class Ordinary {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private Ordinary() {
    }

    static Stats discovery(KeycloakServer server, int count) throws Exception {
        URI uri = URI.create(server.realmUrl(PushBenchmark.REALM) + "/.well-known/openid-configuration");
        List<Double> samples = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("discovery answered " + response.statusCode());
            }
            samples.add((System.nanoTime() - start) / 1_000_000.0);
        }
        return Stats.of(samples);
    }

    static Stats loginPage(KeycloakServer server, int count) {
        List<Double> samples = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            OidcLogin.begin(new Browser(), server.realmUrl(PushBenchmark.REALM), "sls-demo-app",
                    "http://localhost/sls-demo-callback");
            samples.add((System.nanoTime() - start) / 1_000_000.0);
        }
        return Stats.of(samples);
    }
}
