package dev.sls.ibkey.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.sls.core.api.ApiError;
import dev.sls.core.api.CommonErrorCode;
import dev.sls.core.api.ErrorCode;
import dev.sls.core.signing.DeviceKeys;
import dev.sls.core.signing.DeviceMessage;
import dev.sls.core.signing.DeviceSignatures;
import dev.sls.ibkey.protocol.ActivationCode;
import dev.sls.ibkey.protocol.IbKeyMessages;
import dev.sls.ibkey.protocol.IbKeyProtocol;
import dev.sls.ibkey.protocol.api.ActivationRequest;
import dev.sls.ibkey.protocol.api.ActivationResponse;
import dev.sls.ibkey.protocol.api.ChallengeContext;
import dev.sls.ibkey.protocol.api.ChallengeList;
import dev.sls.ibkey.protocol.api.ChallengeSummary;
import dev.sls.ibkey.protocol.api.DecisionRequest;
import dev.sls.ibkey.protocol.api.DecisionResult;
import dev.sls.ibkey.protocol.api.DecisionStatus;
import dev.sls.ibkey.protocol.api.IbKeyErrorCode;
import dev.sls.ibkey.protocol.api.MatchMode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** A small in-memory device API for tests, checking what the reference app sends as the real server would. */
public final class StubIbKeyServer implements AutoCloseable {

    public record Recorded(String method, String rawPath, Map<String, List<String>> headers, String body) {
    }

    public record Credential(String id, String username, String publicKey, String deviceId, String suite, String ocraKey,
                      String pinHash) {
    }

    /** A login waiting: number mode when {@code choices} are given, code mode when {@code code} is, else plain. */
    public static final class Challenge {
        final String id;
        final String deviceHandle;
        final List<Integer> choices;
        final Integer correct;
        final String code;
        final String amount;
        public String status = "pending";

        Challenge(String id, String deviceHandle, List<Integer> choices, Integer correct, String code, String amount) {
            this.id = id;
            this.deviceHandle = deviceHandle;
            this.choices = choices;
            this.correct = correct;
            this.code = code;
            this.amount = amount;
        }

        MatchMode mode() {
            return code != null ? MatchMode.CODE : choices.isEmpty() ? MatchMode.NONE : MatchMode.NUMBER;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration MAX_AGE = Duration.ofMinutes(5);
    private static final Duration MAX_SKEW = Duration.ofMinutes(1);

    public final String realm;
    public final List<Recorded> requests = new CopyOnWriteArrayList<>();
    public final Map<String, Credential> credentials = new ConcurrentHashMap<>();
    public final Map<String, Challenge> challenges = new ConcurrentHashMap<>();
    private final Map<String, String> codes = new ConcurrentHashMap<>();
    private final Set<String> nonces = ConcurrentHashMap.newKeySet();
    private final SecureRandom random = new SecureRandom();
    private final HttpServer server;
    private int counter;

    public StubIbKeyServer(String realm) throws IOException {
        this.realm = realm;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** A fresh activation code for {@code username}, as shown to a person. */
    public String newCode(String username) {
        ActivationCode code = ActivationCode.random(random);
        codes.put(code.canonical(), username);
        return code.display();
    }

    public synchronized String addChallenge(String deviceHandle, List<Integer> choices, Integer correct, String amount) {
        String id = "ch " + (++counter) + "/x";
        challenges.put(id, new Challenge(id, deviceHandle, choices, correct, null, amount));
        return id;
    }

    /** A challenge in code mode: the login page shows {@code code}, which the person types into the phone. */
    public synchronized String addCodeChallenge(String deviceHandle, String code) {
        String id = "ch " + (++counter) + "/x";
        challenges.put(id, new Challenge(id, deviceHandle, List.of(), null, code, null));
        return id;
    }

    public Recorded last() {
        return requests.get(requests.size() - 1);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String rawPath = exchange.getRequestURI().getRawPath();
            requests.add(new Recorded(exchange.getRequestMethod(), rawPath, Map.copyOf(exchange.getRequestHeaders()), body));
            String prefix = "/realms/" + realm + "/" + IbKeyProtocol.API_PATH + "/";
            if (!rawPath.startsWith(prefix)) {
                send(exchange, 404, new ApiError("not_found", "no such path"));
                return;
            }
            List<String> parts = new ArrayList<>();
            for (String segment : rawPath.substring(prefix.length()).split("/")) {
                parts.add(URLDecoder.decode(segment, StandardCharsets.UTF_8));
            }
            try {
                route(exchange, parts, body);
            } catch (Refusal r) {
                send(exchange, r.code.status(), new ApiError(r.code.code(), r.getMessage()));
            }
        }
    }

    private void route(HttpExchange exchange, List<String> parts, String body) throws IOException {
        String method = exchange.getRequestMethod();
        if (method.equals("POST") && parts.equals(List.of("activations"))) {
            activate(exchange, JSON.readValue(body, ActivationRequest.class));
        } else if (parts.size() >= 3 && parts.get(0).equals("devices") && parts.get(2).equals("challenges")) {
            Credential credential = credentials.get(parts.get(1));
            if (credential == null) {
                throw new Refusal(IbKeyErrorCode.BAD_SIGNATURE, "signature does not verify");
            }
            if (method.equals("GET") && parts.size() == 3) {
                checkHeaders(exchange, credential, null);
                send(exchange, 200, new ChallengeList(challenges.values().stream()
                        .filter(c -> c.deviceHandle.equals(credential.id()) && c.status.equals("pending"))
                        .map(c -> new ChallengeSummary(c.id, "Demo bank", 1, now().getEpochSecond() + 90)).toList()));
            } else if (method.equals("GET") && parts.size() == 4) {
                Challenge c = challenge(credential, parts.get(3));
                checkHeaders(exchange, credential, c.id);
                send(exchange, 200, new ChallengeContext(c.id, realm, credential.username(), "demo-app", "Demo bank",
                        "203.0.113.7", 1, now().getEpochSecond() + 90, c.mode().wire(), c.choices, c.amount));
            } else if (method.equals("POST") && parts.size() == 5 && parts.get(4).equals("decision")) {
                decide(exchange, credential, challenge(credential, parts.get(3)),
                        JSON.readValue(body, DecisionRequest.class));
            } else {
                throw new Refusal(CommonErrorCode.NOT_FOUND, "no such call");
            }
        } else {
            throw new Refusal(CommonErrorCode.NOT_FOUND, "no such call");
        }
    }

    private void activate(HttpExchange exchange, ActivationRequest r) throws IOException {
        ActivationCode code = ActivationCode.parse(r.activationCode())
                .orElseThrow(() -> new Refusal(IbKeyErrorCode.ACTIVATION_CODE_INVALID, "malformed code"));
        if (IbKeyProtocol.platformUsesPin(r.platform()) && r.pinHash() == null) {
            throw new Refusal(IbKeyErrorCode.PIN_HASH_REQUIRED, "this platform needs a PIN hash");
        }
        DeviceMessage message = IbKeyMessages.activation(realm, code.canonical(), r.publicKey(), r.deviceId(),
                r.pinHash(), r.encryptionKey(), r.nonce(), Instant.ofEpochSecond(r.time()));
        check(DeviceKeys.decodePublic(r.publicKey()), message, r.signature());
        String username = codes.get(code.canonical());
        if (username == null) {
            throw new Refusal(IbKeyErrorCode.ACTIVATION_CODE_UNKNOWN, "no such activation code");
        }
        codes.remove(code.canonical());
        for (Credential existing : credentials.values()) {
            if (existing.username().equals(username) && existing.deviceId().equals(r.deviceId())
                    && existing.publicKey().equals(r.publicKey())) {
                send(exchange, 200, new ActivationResponse(existing.id(), realm, username, existing.suite(), null, true));
                return;
            }
        }
        byte[] key = new byte[32];
        random.nextBytes(key);
        String suite = (r.pinHash() == null ? IbKeyProtocol.SUITE_WITHOUT_PIN : IbKeyProtocol.SUITE_WITH_PIN).toString();
        Credential credential = new Credential("cred/" + username + "/" + credentials.size(), username, r.publicKey(),
                r.deviceId(), suite, Base64.getUrlEncoder().withoutPadding().encodeToString(key), r.pinHash());
        credentials.values().removeIf(c -> c.username().equals(username));
        credentials.put(credential.id(), credential);
        send(exchange, 201, new ActivationResponse(credential.id(), realm, username, suite, credential.ocraKey(), false));
    }

    private void decide(HttpExchange exchange, Credential credential, Challenge c, DecisionRequest r) throws IOException {
        check(DeviceKeys.decodePublic(credential.publicKey()), IbKeyMessages.decision(realm, credential.id(), c.id, r,
                Instant.ofEpochSecond(r.time())), r.signature());
        if (!c.status.equals("pending")) {
            throw new Refusal(IbKeyErrorCode.CHALLENGE_ALREADY_DECIDED, "already decided");
        }
        if (!java.util.Objects.equals(c.amount, r.amount())) {
            throw new Refusal(IbKeyErrorCode.AMOUNT_MISMATCH, "the amount signed is not this challenge's");
        }
        if (r.decision().equals(IbKeyProtocol.DENY)) {
            c.status = DecisionStatus.DENIED.wire();
        } else if (c.mode() == MatchMode.NUMBER && r.number() == null) {
            throw new Refusal(IbKeyErrorCode.NUMBER_REQUIRED, "pick the number shown on the login page");
        } else if (c.mode() == MatchMode.CODE && r.code() == null) {
            throw new Refusal(IbKeyErrorCode.CODE_REQUIRED, "type the code shown on the login page");
        } else {
            c.status = switch (c.mode()) {
                case NONE -> DecisionStatus.APPROVED.wire();
                case NUMBER -> (c.correct.equals(r.number()) ? DecisionStatus.APPROVED : DecisionStatus.NUMBER_MISMATCH).wire();
                case CODE -> (c.code.equals(r.code()) ? DecisionStatus.APPROVED : DecisionStatus.CODE_MISMATCH).wire();
            };
        }
        send(exchange, 200, new DecisionResult(c.id, c.status));
    }

    private Challenge challenge(Credential credential, String id) {
        Challenge c = challenges.get(id);
        if (c == null || !c.deviceHandle.equals(credential.id())) {
            throw new Refusal(IbKeyErrorCode.CHALLENGE_NOT_FOUND, "no such challenge");
        }
        return c;
    }

    private void checkHeaders(HttpExchange exchange, Credential credential, String challengeId) {
        String time = exchange.getRequestHeaders().getFirst(IbKeyProtocol.HEADER_TIME);
        String nonce = exchange.getRequestHeaders().getFirst(IbKeyProtocol.HEADER_NONCE);
        String signature = exchange.getRequestHeaders().getFirst(IbKeyProtocol.HEADER_SIGNATURE);
        if (time == null || nonce == null || signature == null) {
            throw new Refusal(CommonErrorCode.INVALID_REQUEST, "signed headers missing");
        }
        Instant at = Instant.ofEpochSecond(Long.parseLong(time));
        DeviceMessage message = challengeId == null
                ? IbKeyMessages.listChallenges(realm, credential.id(), nonce, at)
                : IbKeyMessages.readChallenge(realm, credential.id(), challengeId, nonce, at);
        check(DeviceKeys.decodePublic(credential.publicKey()), message, signature);
    }

    private void check(java.security.PublicKey key, DeviceMessage message, String signature) {
        switch (DeviceSignatures.verify(key, message, signature, now(), MAX_AGE, MAX_SKEW)) {
            case VALID -> {
                if (!nonces.add(message.nonce())) {
                    throw new Refusal(IbKeyErrorCode.REPLAYED_REQUEST, "nonce already used");
                }
            }
            case BAD_SIGNATURE -> throw new Refusal(IbKeyErrorCode.BAD_SIGNATURE, "signature does not verify");
            default -> throw new Refusal(IbKeyErrorCode.STALE_REQUEST, "device clock is off");
        }
    }

    private static Instant now() {
        return Instant.now();
    }

    private static void send(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static final class Refusal extends RuntimeException {
        final ErrorCode code;

        Refusal(ErrorCode code, String message) {
            super(message);
            this.code = code;
        }
    }

    public static Set<String> headerNames(Recorded recorded) {
        Set<String> names = new HashSet<>();
        recorded.headers().keySet().forEach(name -> names.add(name.toLowerCase(java.util.Locale.ROOT)));
        return names;
    }
}
