package dev.sls.testkit.bench;

import dev.sls.testkit.browser.Browser;
import dev.sls.testkit.browser.OidcLogin;
import dev.sls.testkit.browser.Page;
import dev.sls.testkit.server.KeycloakServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Requests any Keycloak answers all day, timed one after another while the push logins wait. Each kind reuses one
 * client for all its samples (open connections, as a browser or an application keeps them), so no sample pays for
 * starting an HTTP client.
 */
final class Ordinary {

    private static final HttpClient DISCOVERY = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Browser LOGIN_PAGES = new Browser();

    private Ordinary() {
    }

    static Stats discovery(KeycloakServer server, int count) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.realmUrl(BenchRealm.NAME)
                + "/.well-known/openid-configuration")).GET().build();
        List<Double> samples = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            HttpResponse<String> response = DISCOVERY.send(request, HttpResponse.BodyHandlers.ofString());
            long end = System.nanoTime();
            if (response.statusCode() != 200) {
                throw new IllegalStateException("discovery answered " + response.statusCode());
            }
            samples.add((end - start) / 1_000_000.0);
        }
        return Stats.of(samples);
    }

    /** A fresh login page each time (cookies cleared): the authorization request and the page it renders. */
    static Stats loginPage(KeycloakServer server, int count) {
        List<Double> samples = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LOGIN_PAGES.clearCookies();
            long start = System.nanoTime();
            Page page = OidcLogin.begin(LOGIN_PAGES, server.realmUrl(BenchRealm.NAME), BenchRealm.IB_KEY_CLIENT,
                    BenchRealm.REDIRECT);
            long end = System.nanoTime();
            if (!page.has("#kc-form-login")) {
                throw new IllegalStateException("no login page: " + page.describe());
            }
            samples.add((end - start) / 1_000_000.0);
        }
        return Stats.of(samples);
    }
}
