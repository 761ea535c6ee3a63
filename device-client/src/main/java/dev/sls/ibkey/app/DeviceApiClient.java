package dev.sls.ibkey.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.sls.core.api.ApiError;
import dev.sls.ibkey.protocol.IbKeyProtocol;
import dev.sls.ibkey.protocol.api.ActivationCodeGrant;
import dev.sls.ibkey.protocol.api.ActivationRequest;
import dev.sls.ibkey.protocol.api.ActivationResponse;
import dev.sls.ibkey.protocol.api.ActivationSmsCode;
import dev.sls.ibkey.protocol.api.ActivationSmsRequest;
import dev.sls.ibkey.protocol.api.ActivationSmsSent;
import dev.sls.ibkey.protocol.api.AppRegistration;
import dev.sls.ibkey.protocol.api.AppRegistrationRequest;
import dev.sls.ibkey.protocol.api.RecoveryProof;
import dev.sls.ibkey.protocol.api.RecoveryRequest;
import dev.sls.ibkey.protocol.api.RecoveryStarted;
import dev.sls.ibkey.protocol.api.ChallengeContext;
import dev.sls.ibkey.protocol.api.ChallengeList;
import dev.sls.ibkey.protocol.api.DecisionRequest;
import dev.sls.ibkey.protocol.api.DecisionResult;
import dev.sls.ibkey.protocol.api.PushTokenUpdate;
import dev.sls.ibkey.protocol.api.PushTokenUpdated;
import dev.sls.ibkey.protocol.api.SignedAction;
import dev.sls.ibkey.protocol.api.TransferAcceptRequest;
import dev.sls.ibkey.protocol.api.TransferOffer;
import dev.sls.ibkey.protocol.api.UserRemoved;
import dev.sls.ibkey.protocol.api.PasswordFetchRequest;
import dev.sls.ibkey.protocol.api.SealedPassword;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * The device API over HTTP, without any signing: every request goes out exactly as given, so tests can send
 * tampered, stale or replayed requests through the same code the app uses. Non-2xx answers become
 * {@link DeviceApiException}; a server that cannot be reached, {@link UncheckedIOException}.
 */
public final class DeviceApiClient {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    private static final String JSON_TYPE = "application/json";
    private static final String UNRESERVED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";

    private final HttpClient http;
    private final Duration timeout;

    public DeviceApiClient() {
        this(DEFAULT_TIMEOUT);
    }

    public DeviceApiClient(Duration timeout) {
        this(timeout, null);
    }

    /** Through an HTTP proxy, as a phone set up with one sends its requests; {@code proxy} null for none. */
    public DeviceApiClient(Duration timeout, ProxySelector proxy) {
        this.timeout = timeout;
        HttpClient.Builder builder = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER);
        if (proxy != null) {
            builder.proxy(proxy);
        }
        this.http = builder.build();
    }

    /** {@code {server}/realms/{realm}/sls/ibkey}, the realm URL-encoded. */
    public static String apiBase(String server, String realm) {
        String base = server.endsWith("/") ? server.substring(0, server.length() - 1) : server;
        return base + "/realms/" + segment(realm) + "/" + IbKeyProtocol.API_PATH;
    }

    public ActivationResponse activate(String server, String realm, ActivationRequest request) {
        return send(post(apiBase(server, realm) + "/activations", request), ActivationResponse.class);
    }

    /** In-app activation without QR, step 1: username and password. */
    public AppRegistration startRegistration(String server, String realm, String username, String password) {
        return send(post(apiBase(server, realm) + "/registrations", new AppRegistrationRequest(username, password)),
                AppRegistration.class);
    }

    /** Step 2: the activation code by SMS, to a verified number or a new one. */
    public ActivationSmsSent requestActivationSms(String server, String realm, String registrationId,
                                                  ActivationSmsRequest request) {
        return send(post(registrationUrl(server, realm, registrationId) + "/sms", request), ActivationSmsSent.class);
    }

    /** Step 3: the code from the SMS, exchanged for an activation code for {@link #activate}. */
    public ActivationCodeGrant redeemActivationSms(String server, String realm, String registrationId, String code) {
        return send(post(registrationUrl(server, realm, registrationId) + "/code", new ActivationSmsCode(code)),
                ActivationCodeGrant.class);
    }

    /** "Recover setup", step 1: username and password; the answer says which proof the server asks for. */
    public RecoveryStarted startRecovery(String server, String realm, RecoveryRequest request) {
        return send(post(apiBase(server, realm) + "/recoveries", request), RecoveryStarted.class);
    }

    /** "Recover setup", step 2: the SMS token or the device's response (and the PIN proof), for an activation code. */
    public ActivationCodeGrant proveRecovery(String server, String realm, String recoveryId, RecoveryProof proof) {
        return send(post(apiBase(server, realm) + "/recoveries/" + segment(recoveryId) + "/proof", proof),
                ActivationCodeGrant.class);
    }

    private static String registrationUrl(String server, String realm, String registrationId) {
        return apiBase(server, realm) + "/registrations/" + segment(registrationId);
    }

    public ChallengeList listChallenges(IbKeyUser user, SignedHeaders headers) {
        ChallengeList list = send(signedGet(challengesUrl(user), headers), ChallengeList.class);
        return list.challenges() == null ? new ChallengeList(List.of()) : list;
    }

    public ChallengeContext readChallenge(IbKeyUser user, String challengeId, SignedHeaders headers) {
        ChallengeContext c = send(signedGet(challengesUrl(user) + "/" + segment(challengeId), headers),
                ChallengeContext.class);
        return c.numberChoices() != null ? c : new ChallengeContext(c.challengeId(), c.realm(), c.username(),
                c.clientId(), c.clientName(), c.ipAddress(), c.createdAt(), c.expiresAt(), c.matchMode(), List.of(),
                c.amount(), c.payee());
    }

    public DecisionResult sendDecision(IbKeyUser user, String challengeId, DecisionRequest request) {
        return send(post(challengesUrl(user) + "/" + segment(challengeId) + "/decision", request),
                DecisionResult.class);
    }

    public PushTokenUpdated updatePushToken(IbKeyUser user, PushTokenUpdate update) {
        return send(post(deviceUrl(user) + "/push-token", update), PushTokenUpdated.class);
    }

    public UserRemoved removeUser(IbKeyUser user, SignedAction removal) {
        return send(post(deviceUrl(user) + "/removal", removal), UserRemoved.class);
    }

    public TransferOffer offerTransfer(IbKeyUser user, SignedAction offer) {
        return send(post(deviceUrl(user) + "/transfer-offers", offer), TransferOffer.class);
    }

    public ActivationResponse acceptTransfer(String server, String realm, TransferAcceptRequest request) {
        return send(post(apiBase(server, realm) + "/transfers", request), ActivationResponse.class);
    }

    private static String deviceUrl(IbKeyUser user) {
        return apiBase(user.server(), user.realm()) + "/devices/" + segment(user.deviceHandle());
    }

    /** The temporary password sealed to this phone; the server hands it out once. */
    public SealedPassword fetchPassword(IbKeyUser user, PasswordFetchRequest request) {
        return send(post(deviceUrl(user) + "/password-delivery", request), SealedPassword.class);
    }

    /** Percent-encodes one path segment (RFC 3986 unreserved characters stay as they are). */
    static String segment(String value) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (UNRESERVED.indexOf(c) >= 0) {
                encoded.append(c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return encoded.toString();
    }

    private static String challengesUrl(IbKeyUser user) {
        return apiBase(user.server(), user.realm()) + "/devices/" + segment(user.deviceHandle()) + "/challenges";
    }

    private HttpRequest.Builder signedGet(String url, SignedHeaders headers) {
        return request(url).GET()
                .header(IbKeyProtocol.HEADER_TIME, Long.toString(headers.time()))
                .header(IbKeyProtocol.HEADER_NONCE, headers.nonce())
                .header(IbKeyProtocol.HEADER_SIGNATURE, headers.signature());
    }

    private HttpRequest.Builder post(String url, Object body) {
        try {
            return request(url).header("Content-Type", JSON_TYPE)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(Json.MAPPER.writeValueAsBytes(body)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + body.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(timeout).header("Accept", JSON_TYPE);
    }

    private <T> T send(HttpRequest.Builder builder, Class<T> type) {
        HttpRequest request = builder.build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach the server at " + request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("interrupted while calling " + request.uri(), e));
        }
        if (response.statusCode() / 100 != 2) {
            throw failure(response);
        }
        try {
            return Json.MAPPER.readValue(response.body(), type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("the server's answer to " + request.uri() + " is not a valid "
                    + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    private static DeviceApiException failure(HttpResponse<String> response) {
        int status = response.statusCode();
        String body = response.body() == null ? "" : response.body();
        try {
            ApiError error = Json.MAPPER.readValue(body, ApiError.class);
            if (error != null && error.error() != null && !error.error().isBlank()) {
                return new DeviceApiException(status, error.error(), error.message() == null ? "" : error.message());
            }
        } catch (JsonProcessingException e) {
            // not an API error body: reported below with the start of the body
        }
        String start = body.length() > 200 ? body.substring(0, 200) + "..." : body;
        return new DeviceApiException(status, "http_" + status,
                start.isBlank() ? "no error body from " + response.uri() : start.strip());
    }
}
