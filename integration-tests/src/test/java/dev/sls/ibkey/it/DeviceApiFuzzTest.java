package dev.sls.ibkey.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sls.core.api.SlsPaths;
import dev.sls.ibkey.app.IbKeyApp;
import dev.sls.ibkey.app.IbKeyUser;
import dev.sls.ibkey.protocol.IbKeyProtocol;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.KeycloakExtension;
import dev.sls.testkit.browser.Browser;
import dev.sls.testkit.server.KeycloakServer;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A few thousand generated requests, seeded so a failure replays, at every device-API and wait endpoint: wrong
 * methods and content types, multipart, huge, deeply nested and unicode fields, real and made-up handles and ids.
 * Not one may get a 5xx answer the pack caused. Keycloak itself answers 500 to some malformed {@code Content-Type}
 * headers and to broken multipart bodies (a boundary the body does not use) before any extension code runs; such an
 * answer counts as the platform's only when Keycloak's own token endpoint answers the same request with a 5xx too.
 * Requests come from a few client addresses through the test kit's trusted proxy, so their junk never fills the
 * per-address limits of 127.0.0.1 that other tests use.
 */
@ExtendWith(KeycloakExtension.class)
class DeviceApiFuzzTest {

    private static final long SEED = Long.getLong("sls.fuzz.seed", 20261201L);
    private static final int REQUESTS = Integer.getInteger("sls.fuzz.requests", 2500);

    private static final List<String> CONTENT_TYPES = List.of("application/json", "application/json; charset=utf-8",
            "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=fuzzfuzz",
            "multipart/form-data", "multipart/form-data; boundary=xyz", "multipart/mixed; boundary=fuzzfuzz",
            "application/xml", "*/*", "application/octet-stream",
            "application/json; charset=klingon", "application/json;;", "application/", "json", "/", "a/b/c",
            "application/json; boundary=\"open", "text/html; q=abc", "application/json; charset=", "");

    /** {@code from}: the client address the server sees (through the test kit's proxy), spread over a few. */
    private record Target(String from, String method, String url, String contentType, String body, String[] headers) {
    }

    @Test
    void noGeneratedRequestGetsAServerErrorFromThePack(KeycloakServer server, AdminClient admin) throws Exception {
        IbKeySteps.TestUser user = IbKeySteps.newUser(admin, "fuzz");
        IbKeyApp app = IbKeyApp.install("fuzzed phone", "android");
        IbKeyUser onApp = IbKeySteps.enrol(server, user, app);
        IbKeySteps.password(server, new Browser(), user);
        String liveChallenge = IbKeySteps.onlyPending(app, onApp);
        Generator generator = new Generator(new Random(SEED), server, onApp.deviceHandle(), liveChallenge);

        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> packErrors = new ArrayList<>();
        List<String> platformErrors = new ArrayList<>();
        Set<String> platformContentTypes = new TreeSet<>();
        for (int i = 0; i < REQUESTS; i++) {
            Target target = generator.next();
            int status = send(target);
            statuses.merge(status, 1, Integer::sum);
            if (status >= 500) {
                String seen = "#" + i + " " + target.method() + " " + target.url() + " [" + target.contentType() + "] -> "
                        + status;
                if (platformAnswers5xx(server, target)) {
                    platformErrors.add(seen);
                    platformContentTypes.add("[" + target.contentType() + "]");
                } else {
                    packErrors.add(seen);
                }
            }
        }
        System.out.printf("fuzz seed %d: %d requests, statuses %s, platform 5xx %d (Content-Type %s)%n", SEED, REQUESTS,
                statuses, platformErrors.size(), platformContentTypes);
        assertEquals(List.of(), packErrors, "5xx answers the pack caused (seed " + SEED + ")");
        assertTrue(statuses.keySet().stream().anyMatch(s -> s == 400) && statuses.containsKey(401),
                "the generator reached the pack's own validation: " + statuses);
        assertEquals(1, app.pending(onApp).challenges().size(), "the noise changed nothing: the push is still live");
    }

    /** Whether Keycloak's own token endpoint fails the same way on the same request (the platform, not the pack). */
    private static boolean platformAnswers5xx(KeycloakServer server, Target target) throws Exception {
        Target token = new Target(target.from(), "POST", server.realmUrl(IbKeySteps.REALM) + "/protocol/openid-connect/token",
                target.contentType(), target.body() == null ? "grant_type=password" : target.body(), target.headers());
        return send(token) >= 500;
    }

    private static int send(Target target) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target.url())).timeout(Duration.ofSeconds(20))
                .method(target.method(), target.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(target.body()));
        if (target.contentType() != null) {
            request.header("Content-Type", target.contentType());
        }
        if (target.headers().length > 0) {
            request.headers(target.headers());
        }
        return HandBuiltRequests.client(target.from()).send(request.build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    /** Draws requests: every endpoint, method, content type and body shape with some probability. */
    private static final class Generator {

        private final Random random;
        private final String api;
        private final String wait;
        private final String handle;
        private final String challenge;

        Generator(Random random, KeycloakServer server, String handle, String challenge) {
            this.random = random;
            this.api = server.realmUrl(IbKeySteps.REALM) + "/" + IbKeyProtocol.API_PATH;
            this.wait = server.realmUrl(IbKeySteps.REALM) + "/" + SlsPaths.ROOT + "/wait/";
            this.handle = handle;
            this.challenge = challenge;
        }

        Target next() {
            String handleSegment = segment(handle);
            String challengeSegment = segment(challenge);
            String url = switch (random.nextInt(8)) {
                case 0 -> api + "/activations";
                case 6 -> api + "/registrations";
                case 7 -> api + "/registrations/" + segment("AAAAAAAAAAAAAAAAAAAAAA") + pick("/sms", "/code", "", "/x");
                case 1 -> api + "/devices/" + handleSegment + "/challenges";
                case 2 -> api + "/devices/" + handleSegment + "/challenges/" + challengeSegment;
                case 3, 4 -> api + "/devices/" + handleSegment + "/challenges/" + challengeSegment + "/decision";
                default -> wait + segment("AAAAAAAAAAAAAAAAAAAAAA") + "?timeout=" + pick("0", "-1", "abc", "1",
                        "99999999999999999999", "%00", "");
            };
            String method = random.nextInt(5) == 0 ? pick("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD")
                    : url.endsWith("/activations") || url.endsWith("/decision") || url.contains("/registrations")
                            ? "POST" : "GET";
            String contentType = random.nextInt(6) == 0 ? null : pick(CONTENT_TYPES.toArray(String[]::new));
            String body = method.equals("GET") || method.equals("HEAD") ? null : body(contentType);
            return new Target("10.54.0." + (1 + random.nextInt(16)), method, url, contentType, body, headers());
        }

        /** The real value, a near miss, or garbage, percent-encoded where needed. */
        private String segment(String real) {
            return switch (random.nextInt(7)) {
                case 0, 1 -> real;
                case 2 -> real.substring(0, real.length() - 1) + (char) ('a' + random.nextInt(26));
                case 3 -> encode(unicode(1 + random.nextInt(40)));
                case 4 -> "x".repeat(1 + random.nextInt(3000));
                case 5 -> encode(pick("..", ".", "%", "a.b.c", " ", "\u0000", "user.", ".credential"));
                default -> encode(real.split("\\.")[0] + "." + unicode(8));
            };
        }

        private String body(String contentType) {
            if (contentType != null && contentType.startsWith("multipart")) {
                return "--fuzzfuzz\r\nContent-Disposition: form-data; name=\"decision\"\r\n\r\n" + unicode(20)
                        + "\r\n--fuzzfuzz--\r\n";
            }
            return switch (random.nextInt(10)) {
                case 0 -> "";
                case 1 -> "{";
                case 2 -> "[".repeat(2000 + random.nextInt(20000));
                case 3 -> "{\"decision\":\"" + "a".repeat(200_000 + random.nextInt(800_000)) + "\"}";
                case 4 -> random.nextBoolean() ? "{\"username\":\"" + unicode(20) + "\",\"password\":"
                        + pick("null", "1", "\"" + unicode(30) + "\"", "\"x\"") + ",\"numberRef\":" + pick("\"0\"", "-1",
                        "\"99\"") + ",\"newNumber\":\"" + unicode(15) + "\",\"code\":\"" + unicode(6) + "\"}"
                        : "{\"activationCode\":" + pick("null", "1e999", "[]", "{}", "true", "\"" + unicode(30) + "\"")
                        + ",\"publicKey\":\"" + unicode(50) + "\",\"pinHash\":" + pick("1", "\"\"", "null") + "}";
                case 5 -> "{\"decision\":\"" + pick("approve", "deny", "", "APPROVE", unicode(5)) + "\",\"number\":"
                        + pick("47", "-1", "99999999999999999999", "\"47\"", "null", "4.7") + ",\"code\":"
                        + pick("\"123456\"", "123456", "\"" + unicode(12) + "\"", "null") + ",\"amount\":"
                        + pick("\"250 USD\"", "250", "null") + ",\"nonce\":\"" + nonce() + "\",\"time\":"
                        + pick("0", "-5", "1e20", "\"now\"", now(), now(), now()) + ",\"signature\":\""
                        + signature() + "\"}";
                case 6 -> "decision=approve&signature=" + encode(unicode(10));
                case 7 -> unicode(1 + random.nextInt(500));
                case 8 -> "<decision>approve</decision>";
                default -> "{\"deviceName\":\"" + unicode(300) + "\",\"platform\":\"android\",\"pushToken\":\""
                        + "t".repeat(random.nextInt(100_000)) + "\"}";
            };
        }

        private String[] headers() {
            List<String> headers = new ArrayList<>();
            if (random.nextBoolean()) {
                headers.addAll(List.of(IbKeyProtocol.HEADER_TIME, pick("0", "-1", "abc", "1e30", now(), now(), now())));
                headers.addAll(List.of(IbKeyProtocol.HEADER_NONCE, random.nextBoolean() ? nonce().replaceAll("[^ -~]", "?")
                        : pick("", "n", "x".repeat(4000))));
                headers.addAll(List.of(IbKeyProtocol.HEADER_SIGNATURE, random.nextBoolean() ? signature()
                        : pick("", "=".repeat(200), "%%")));
            }
            return headers.toArray(String[]::new);
        }

        /** Well-formed nonces and signatures get past the shape checks to the signature check. */
        private String nonce() {
            return random.nextInt(4) == 0 ? unicode(16) : "n" + Long.toHexString(random.nextLong()) + "fuzzfuzz";
        }

        private String signature() {
            byte[] bytes = new byte[random.nextInt(4) == 0 ? 1 + random.nextInt(300) : 64];
            random.nextBytes(bytes);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        }

        private static String now() {
            return String.valueOf(System.currentTimeMillis() / 1000);
        }

        private String unicode(int length) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < length; i++) {
                text.append(switch (random.nextInt(6)) {
                    case 0 -> "日本語";
                    case 1 -> "é";
                    case 2 -> "\"";
                    case 3 -> "\\u0000";
                    case 4 -> new String(Character.toChars(0x1F600 + random.nextInt(50)));
                    default -> String.valueOf((char) (' ' + random.nextInt(94)));
                });
            }
            return text.toString();
        }

        private static String encode(String text) {
            return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
        }

        private String pick(String... options) {
            return options[random.nextInt(options.length)];
        }
    }
}
