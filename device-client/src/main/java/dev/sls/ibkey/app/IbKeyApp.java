package dev.sls.ibkey.app;

import dev.sls.core.signing.DeviceKeys;
import dev.sls.core.signing.DeviceMessage;
import dev.sls.ibkey.protocol.ActivationCode;
import dev.sls.ibkey.protocol.ActivationUri;
import dev.sls.ibkey.protocol.IbKeyMessages;
import dev.sls.ibkey.protocol.IbKeyProtocol;
import dev.sls.ibkey.protocol.RecoveryPin;
import dev.sls.ibkey.protocol.api.ActivationCodeGrant;
import dev.sls.ibkey.protocol.PasswordSeal;
import dev.sls.ibkey.protocol.api.ActivationRequest;
import dev.sls.ibkey.protocol.api.ActivationResponse;
import dev.sls.ibkey.protocol.api.ChallengeContext;
import dev.sls.ibkey.protocol.api.ChallengeList;
import dev.sls.ibkey.protocol.api.DecisionRequest;
import dev.sls.ibkey.protocol.api.DecisionResult;
import dev.sls.ibkey.protocol.api.RecoveryProof;
import dev.sls.ibkey.protocol.api.RecoveryRequest;
import dev.sls.ibkey.protocol.api.RecoveryStarted;
import dev.sls.ibkey.protocol.api.PushTokenUpdate;
import dev.sls.ibkey.protocol.api.PushTokenUpdated;
import dev.sls.ibkey.protocol.api.SignedAction;
import dev.sls.ibkey.protocol.api.TransferAcceptRequest;
import dev.sls.ibkey.protocol.api.TransferOffer;
import dev.sls.ibkey.protocol.api.UserRemoved;
import dev.sls.ibkey.protocol.TransferUri;
import dev.sls.ibkey.protocol.api.PasswordFetchRequest;
import dev.sls.ibkey.protocol.api.SealedPassword;
import java.io.IOException;
import java.net.ProxySelector;
import java.net.URI;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One installation of the IB Key phone app: a device id, one EC P-256 device key pair shared by all its users, an
 * optional push registration, and the users activated on it (one app, many users).
 *
 * <p>This reference app keeps everything in memory and, for the CLI, in a JSON file with the private key in clear
 * PKCS#8 ({@link #save}). A real app keeps the device private key in the Android Keystore or the Secure Enclave, where
 * it cannot be exported, and the OCRA keys encrypted under a key of that store.
 *
 * <p>Not thread-safe: one person uses one phone.
 */
public final class IbKeyApp {

    private final String deviceId;
    private String deviceName;
    private final String platform;
    private final DeviceSigner signer;
    private final List<IbKeyUser> users;
    private DeviceApiClient api = new DeviceApiClient();
    private final PushDecisions push;
    private String pushProvider;
    private String pushToken;

    private IbKeyApp(String deviceId, String deviceName, String platform, KeyPair keys, List<IbKeyUser> users,
                     Clock clock) {
        checkDeviceName(deviceName);
        if (!IbKeyProtocol.isKnownPlatform(platform)) {
            throw new IllegalArgumentException("platform must be android, ios or cli, was " + platform);
        }
        this.deviceId = deviceId;
        this.deviceName = deviceName;
        this.platform = platform;
        this.signer = new DeviceSigner(keys, clock);
        this.users = new ArrayList<>(users);
        this.push = new PushDecisions(signer, () -> api);
    }

    public static IbKeyApp install(String deviceName, String platform) {
        return install(deviceName, platform, Clock.systemUTC());
    }

    public static IbKeyApp install(String deviceName, String platform, Clock clock) {
        return new IbKeyApp(UUID.randomUUID().toString(), deviceName, platform, DeviceKeys.generate(), List.of(), clock);
    }

    /** Sends this app's requests through an HTTP proxy from now on, as a phone set up with one does; null for none. */
    public IbKeyApp viaProxy(ProxySelector proxy) {
        this.api = new DeviceApiClient(DeviceApiClient.DEFAULT_TIMEOUT, proxy);
        return this;
    }

    /** Scans the activation QR code (PNG or JPEG picture of it) and activates the user it is for. */
    public IbKeyUser activateFromQr(byte[] image, String pin) {
        return activate(ActivationQr.read(image), pin, List.of());
    }

    /** For people whose camera cannot scan: the server, realm and code shown under the QR code, typed by hand. */
    public IbKeyUser activateWithCode(String server, String realm, String typedCode, String pin) {
        if (server == null || !isHttpUrl(server)) {
            throw new IllegalArgumentException("the server must be an http or https URL, e.g. http://127.0.0.1:8080");
        }
        if (realm == null || realm.isBlank()) {
            throw new IllegalArgumentException("the realm is missing");
        }
        ActivationCode.problem(typedCode).ifPresent(problem -> {
            throw new IllegalArgumentException(switch (problem) {
                case WRONG_LENGTH -> "the activation code has the wrong length: it has 11 letters and digits, shown as"
                        + " XXXX-XXXX-XX-C (dashes, spaces and case do not matter)";
                case BAD_CHARACTER -> "the activation code has a character activation codes do not use (they use"
                        + " digits and letters but I, L, O and U)";
                case CHECK_SYMBOL_MISMATCH -> "the activation code's last symbol does not match the others: a letter"
                        + " or digit was mistyped or two were swapped; check the code on the page";
            });
        });
        ActivationCode code = ActivationCode.parse(typedCode).orElseThrow();
        return activate(new ActivationUri(server, realm, code), pin, List.of());
    }

    /**
     * Activates the user an activation code is for. The PIN is checked against the app PIN rules (with
     * {@code personalWords}, e.g. the person's names) when the platform uses one; ios may pass null.
     */
    public IbKeyUser activate(ActivationUri activation, String pin, Collection<String> personalWords) {
        checkAppPin(pin);
        PasswordSeal.KeyPair encryption = PasswordSeal.generateKeyPair();
        ActivationRequest request = signActivation(activation, pin, personalWords, encryption.encodedPublicKey());
        ActivationResponse response = api.activate(activation.server(), activation.realm(), request);
        AppEncryptionKey stored = AppEncryptionKey.create(encryption,
                IbKeyProtocol.platformUsesPin(platform) ? pin : null);
        return remember(activation, response, stored);
    }

    /** Whether this app already holds a user behind its app PIN: adding another then asks that PIN. */
    public boolean hasAppPin() {
        return users.stream().map(IbKeyUser::encryptionKey).anyMatch(key -> key != null && key.pinProtected());
    }

    /**
     * "Add user": the app has one PIN guarding every user it holds, so a user is added (activated or transferred
     * in) only with the PIN the app already has, checked before anything is sent.
     */
    private void checkAppPin(String pin) {
        Optional<AppEncryptionKey> guarded = users.stream().map(IbKeyUser::encryptionKey)
                .filter(key -> key != null && key.pinProtected()).findFirst();
        if (guarded.isEmpty()) {
            return;
        }
        try {
            guarded.get().unlock(pin);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("wrong PIN: this app already holds users, add another with the app PIN");
        }
    }

    /** The signed activation request, not sent, registering a fresh encryption key whose private half is dropped. */
    public ActivationRequest signActivation(ActivationUri activation, String pin, Collection<String> personalWords) {
        return signActivation(activation, pin, personalWords, PasswordSeal.generateKeyPair().encodedPublicKey());
    }

    /** The signed activation request registering {@code encryptionKey} (Base64url X25519, or null), not sent. */
    public ActivationRequest signActivation(ActivationUri activation, String pin, Collection<String> personalWords,
                                            String encryptionKey) {
        String pinHash = AppPin.checkedHash(platform, pin, personalWords);
        String publicKey = publicKey();
        String nonce = signer.nonce();
        Instant time = signer.now();
        String code = activation.code().canonical();
        DeviceMessage message = IbKeyMessages.activation(activation.realm(), code, publicKey, deviceId, pinHash,
                encryptionKey, nonce, time);
        return new ActivationRequest(code, publicKey, deviceId, deviceName, platform, pushProvider, pushToken, pinHash,
                encryptionKey, nonce, time.getEpochSecond(), signer.sign(message));
    }

    /** The server holds the encryption key just sent, also when it recognised the phone (it follows the app's key). */
    private IbKeyUser remember(ActivationUri activation, ActivationResponse response, AppEncryptionKey encryption) {
        IbKeyUser user = remember(activation, response).withEncryptionKey(encryption);
        users.set(users.indexOf(user(user.realm(), user.username()).orElseThrow()), user);
        return user;
    }

    private IbKeyUser remember(ActivationUri activation, ActivationResponse response) {
        return remember(activation.server(), activation.realm(), response);
    }

    /** Keeps the user an activation or a transfer bound to this app (replacing an earlier key of the same user). */
    IbKeyUser remember(String server, String activationRealm, ActivationResponse response) {
        if (response.username() == null || response.deviceHandle() == null) {
            throw new IllegalStateException("the server's activation answer lacks the user name or credential id");
        }
        String realm = response.realm() == null ? activationRealm : response.realm();
        Optional<IbKeyUser> existing = user(realm, response.username());
        if (response.alreadyActive() && existing.isPresent()) {
            return existing.get();
        }
        IbKeyUser user = new IbKeyUser(server, realm, response.username(), response.deviceHandle(),
                response.ocraSuite(), response.ocraKey());
        existing.ifPresentOrElse(old -> users.set(users.indexOf(old), user), () -> users.add(user));
        return user;
    }

    /**
     * Recovers this (new or reinstalled) app for a user whose phone was lost or reinstalled ("Recover setup"): starts
     * with username and password and answers which proof the server asks for; finish with {@link #finishRecovery}.
     */
    public RecoveryStarted startRecovery(String server, String realm, String username, String password) {
        return api.startRecovery(server, realm, new RecoveryRequest(username, password, platform));
    }

    /**
     * Proves the recovery with the SMS token or the physical device's response (whichever {@code started} asked for)
     * and, when required, the recovery PIN (proved, never sent), then activates this app with its own device key and
     * {@code newPin} (the app PIN of the new key; platforms with a PIN).
     */
    public IbKeyUser finishRecovery(String server, String realm, RecoveryStarted started, String smsOrResponse,
                                    String recoveryPin, String newPin) {
        boolean bySms = "sms".equals(started.proof());
        String pinProof = started.pinRequired() && recoveryPin != null
                ? RecoveryPin.proofFromPin(recoveryPin, realm, started.recoveryId()) : null;
        ActivationCodeGrant grant = api.proveRecovery(server, realm, started.recoveryId(),
                new RecoveryProof(bySms ? smsOrResponse : null, bySms ? null : smsOrResponse, pinProof));
        return activateWithCode(server, realm, grant.activationCode(), newPin);
    }

    /**
     * The push token rotated (FCM and APNs tokens do): tells the server, for this user, where notifications go now,
     * and sends it with later activations. {@code provider} and {@code token} null: stop push, poll instead.
     */
    public PushTokenUpdated updatePushToken(IbKeyUser user, String provider, String token) {
        PushTokenUpdated updated = api.updatePushToken(user, signPushTokenUpdate(user, provider, token));
        this.pushProvider = provider;
        this.pushToken = token;
        return updated;
    }

    /** The signed push-token update, not sent. */
    public PushTokenUpdate signPushTokenUpdate(IbKeyUser user, String provider, String token) {
        String nonce = signer.nonce();
        Instant time = signer.now();
        return new PushTokenUpdate(provider, token, nonce, time.getEpochSecond(), signer.sign(
                IbKeyMessages.updatePushToken(user.realm(), user.deviceHandle(), provider, token, nonce, time)));
    }

    /**
     * "Remove user": the server retires this phone for the user at once, then the app forgets the user. The other
     * users on the app are untouched.
     */
    public UserRemoved removeUserAtServer(IbKeyUser user) {
        UserRemoved removed = api.removeUser(user, signRemoveUser(user));
        removeUser(user);
        return removed;
    }

    /** The signed removal, not sent. */
    public SignedAction signRemoveUser(IbKeyUser user) {
        String nonce = signer.nonce();
        Instant time = signer.now();
        return new SignedAction(nonce, time.getEpochSecond(),
                signer.sign(IbKeyMessages.removeUser(user.realm(), user.deviceHandle(), nonce, time)));
    }

    /** This phone offers its user to a new phone: what the QR code on its screen holds. */
    public TransferUri offerTransfer(IbKeyUser user) {
        TransferOffer offer = api.offerTransfer(user, signTransferOffer(user));
        return new TransferUri(user.server(), user.realm(), offer.offer());
    }

    /** The signed transfer offer request, not sent. */
    public SignedAction signTransferOffer(IbKeyUser user) {
        String nonce = signer.nonce();
        Instant time = signer.now();
        return new SignedAction(nonce, time.getEpochSecond(),
                signer.sign(IbKeyMessages.offerTransfer(user.realm(), user.deviceHandle(), nonce, time)));
    }

    /** This (new) phone takes the user a transfer QR code offers, with its own key and PIN; no SMS. */
    public IbKeyUser acceptTransfer(TransferUri transfer, String pin) {
        checkAppPin(pin);
        PasswordSeal.KeyPair encryption = PasswordSeal.generateKeyPair();
        ActivationResponse response = api.acceptTransfer(transfer.server(), transfer.realm(),
                signTransferAccept(transfer, pin, encryption.encodedPublicKey()));
        IbKeyUser user = remember(transfer.server(), transfer.realm(), response).withEncryptionKey(
                AppEncryptionKey.create(encryption, IbKeyProtocol.platformUsesPin(platform) ? pin : null));
        users.set(users.indexOf(user(user.realm(), user.username()).orElseThrow()), user);
        return user;
    }

    /** The signed transfer acceptance, not sent, registering a fresh encryption key whose private half is dropped. */
    public TransferAcceptRequest signTransferAccept(TransferUri transfer, String pin) {
        return signTransferAccept(transfer, pin, PasswordSeal.generateKeyPair().encodedPublicKey());
    }

    /** The signed transfer acceptance registering {@code encryptionKey} (Base64url X25519, or null), not sent. */
    public TransferAcceptRequest signTransferAccept(TransferUri transfer, String pin, String encryptionKey) {
        String pinHash = AppPin.checkedHash(platform, pin, List.of());
        String publicKey = publicKey();
        String nonce = signer.nonce();
        Instant time = signer.now();
        DeviceMessage message = IbKeyMessages.acceptTransfer(transfer.realm(), transfer.offer(), publicKey, deviceId,
                pinHash, encryptionKey, nonce, time);
        return new TransferAcceptRequest(transfer.offer(), publicKey, deviceId, deviceName, platform, pushProvider,
                pushToken, pinHash, encryptionKey, nonce, time.getEpochSecond(), signer.sign(message));
    }

    public List<IbKeyUser> users() {
        return List.copyOf(users);
    }

    public Optional<IbKeyUser> user(String realm, String username) {
        return users.stream().filter(u -> u.is(realm, username)).findFirst();
    }

    public void removeUser(IbKeyUser user) {
        users.removeIf(u -> u.is(user.realm(), user.username()));
    }

    /** What waits for {@code user}, each with everything the phone shows (remembered: deciding is one request). */
    public ChallengeList pending(IbKeyUser user) {
        return push.pending(user);
    }

    /** Reads one request from the server (offline catch-up, or an app that missed the push). */
    public ChallengeContext read(IbKeyUser user, String challengeId) {
        return push.read(user, challengeId);
    }

    /**
     * A push notification arrived: {@code payload} is its JSON (the webhook body, the APNs payload, or FCM's message
     * or data map). Answers the request it shows, remembered so that approving or denying it is one signed request.
     *
     * @throws IllegalArgumentException when the payload is no IB Key notification or does not carry the request
     */
    public ChallengeContext receivePush(String payload) {
        return push.receive(PushPayload.read(payload));
    }

    /**
     * Approves {@code challengeId} as shown (from the push or the listing; read first when the app has not seen it).
     * {@code fromLoginPage} is what the person read on the login page: the code to type (match mode {@code code})
     * or the number to pick, one of {@link ChallengeContext#numberChoices()} (mode {@code number}); ignored in mode
     * {@code none}. The one signed decision binds everything shown.
     */
    public DecisionResult approve(IbKeyUser user, String challengeId, String fromLoginPage) {
        return push.approve(user, push.shown(user, challengeId), fromLoginPage);
    }

    /** Approves a request as {@code shown} (e.g. by {@link #receivePush}): one signed request, nothing read. */
    public DecisionResult approve(IbKeyUser user, ChallengeContext shown, String fromLoginPage) {
        return push.approve(user, shown, fromLoginPage);
    }

    /** Denies: what was shown (amount, payee, binding message, the whole digest) is signed into a deny as well. */
    public DecisionResult deny(IbKeyUser user, String challengeId) {
        return push.deny(user, push.shown(user, challengeId), null);
    }

    /** "I did not start this": a deny signed with the reason {@link IbKeyProtocol#REASON_NOT_ME}. */
    public DecisionResult denyNotMe(IbKeyUser user, String challengeId) {
        return push.deny(user, push.shown(user, challengeId), IbKeyProtocol.REASON_NOT_ME);
    }

    /** The signed decision on a request without a payee, not sent. */
    public DecisionRequest signDecision(IbKeyUser user, String challengeId, String decision, Integer number,
                                       String code, String amount) {
        return signDecision(user, challengeId, decision, number, code, amount, null);
    }

    /** The signed decision on a request without a binding message, without a reason, not sent. */
    public DecisionRequest signDecision(IbKeyUser user, String challengeId, String decision, Integer number,
                                       String code, String amount, String payee) {
        return signDecision(user, challengeId, decision, number, code, amount, payee, null, null);
    }

    /**
     * The signed decision as apps that read the request first send it (no {@code shown} digest), not sent: send it
     * with {@link #apiClient()}, as it is or tampered with. {@code bindingMessage} is the CIBA binding message the
     * phone displayed (null for a login); {@code reason} why a deny was sent ({@link IbKeyProtocol#REASON_NOT_ME}).
     */
    public DecisionRequest signDecision(IbKeyUser user, String challengeId, String decision, Integer number,
                                       String code, String amount, String payee, String bindingMessage,
                                       String reason) {
        return push.sign(user, challengeId, decision, number, code, amount, payee, bindingMessage, reason, null);
    }

    /** The one-request decision on a request as {@code shown}, binding all of it, not sent. */
    public DecisionRequest signDecision(IbKeyUser user, ChallengeContext shown, String decision, Integer number,
                                       String code) {
        return push.sign(user, shown, decision, number, code, null);
    }

    /** Signed headers of a challenge list call, not sent. */
    public SignedHeaders signListChallenges(IbKeyUser user) {
        return push.signList(user);
    }

    /** Signed headers of a challenge read call, not sent. */
    public SignedHeaders signReadChallenge(IbKeyUser user, String challengeId) {
        return push.signRead(user, challengeId);
    }

    /**
     * The offline response to a challenge typed from the login page; no network. Spaces in the challenge are
     * ignored. When the user's suite takes the PIN, it is required; a wrong PIN gives a wrong response, as on the
     * real app.
     */
    public String respond(IbKeyUser user, String challenge, String pin) {
        return OfflineResponses.respond(user, challenge, pin);
    }

    /**
     * The temporary password Client Services delivered to this user: checks the PIN (platforms with one) before
     * anything is fetched, then takes the sealed password from the server (once: a second call is refused) and opens
     * it. Show it once; the next login asks for a new password.
     */
    public String fetchDeliveredPassword(IbKeyUser user, String pin) {
        AppEncryptionKey stored = user(user.realm(), user.username()).map(IbKeyUser::encryptionKey).orElseThrow(
                () -> new IllegalStateException(user.label() + " was activated without an encryption key: activate"
                        + " this user again to receive passwords from Client Services"));
        PasswordSeal.KeyPair keys = stored.unlock(pin);
        SealedPassword sealed = api.fetchPassword(user, signPasswordFetch(user));
        return PasswordInbox.open(keys, user, sealed);
    }

    /** The signed password fetch, not sent. */
    public PasswordFetchRequest signPasswordFetch(IbKeyUser user) {
        String nonce = signer.nonce();
        Instant time = signer.now();
        return new PasswordFetchRequest(nonce, time.getEpochSecond(), signer.sign(
                IbKeyMessages.fetchPassword(user.realm(), user.deviceHandle(), nonce, time)));
    }

    /** Push registration sent with later activations; users activated earlier keep the one they were sent. */
    public void registerPush(String provider, String token) {
        if (provider == null || provider.isBlank() || token == null || token.isBlank()) {
            throw new IllegalArgumentException("push registration needs a provider (fcm, apns, webhook) and a token");
        }
        this.pushProvider = provider;
        this.pushToken = token;
    }

    public String deviceId() {
        return deviceId;
    }

    public String deviceName() {
        return deviceName;
    }

    /** The name sent at the next activation, shown to the person and the admin (e.g. "Pixel 8"). */
    public void rename(String newName) {
        checkDeviceName(newName);
        this.deviceName = newName.strip();
    }

    private static void checkDeviceName(String name) {
        if (name == null || name.isBlank() || name.strip().length() > 64) {
            throw new IllegalArgumentException("the device needs a name of 1 to 64 characters, e.g. \"Pixel 8\"");
        }
    }

    public String platform() {
        return platform;
    }

    /** Base64 X.509 SubjectPublicKeyInfo, as sent at activation. */
    public String publicKey() {
        return signer.publicKey();
    }

    public PublicKey devicePublicKey() {
        return signer.keys().getPublic();
    }

    public Optional<String> pushProvider() {
        return Optional.ofNullable(pushProvider);
    }

    public Optional<String> pushToken() {
        return Optional.ofNullable(pushToken);
    }

    public Clock clock() {
        return signer.clock();
    }

    /** Moves the phone's clock (tests of stale or future-dated requests). */
    public void setClock(Clock clock) {
        signer.setClock(clock);
    }

    /** The HTTP client the app uses, for sending hand-made requests. */
    public DeviceApiClient apiClient() {
        return api;
    }

    /** Writes the state, private key included, readable by the owner only where the file system supports it. */
    public void save(Path file) throws IOException {
        AppFile.write(file, new AppFile.Stored(AppFile.FORMAT, AppFile.VERSION, deviceId, deviceName, platform,
                publicKey(), AppFile.encodePrivate(signer.keys().getPrivate()), pushProvider, pushToken, users()));
    }

    public static IbKeyApp load(Path file) throws IOException {
        return load(file, Clock.systemUTC());
    }

    public static IbKeyApp load(Path file, Clock clock) throws IOException {
        AppFile.Stored state = AppFile.read(file);
        IbKeyApp app = new IbKeyApp(state.deviceId(), state.deviceName(), state.platform(), AppFile.keyPair(state),
                state.users() == null ? List.of() : state.users(), clock);
        app.pushProvider = state.pushProvider();
        app.pushToken = state.pushToken();
        return app;
    }

    private static boolean isHttpUrl(String value) {
        try {
            URI uri = URI.create(value);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
