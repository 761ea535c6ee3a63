package dev.sls.ibkey.app;

import dev.sls.core.signing.DeviceKeys;
import dev.sls.ibkey.protocol.ActivationUri;
import dev.sls.ibkey.protocol.IbKeyProtocol;
import dev.sls.ibkey.protocol.RecoveryPin;
import dev.sls.ibkey.protocol.api.ActivationCodeGrant;
import dev.sls.ibkey.protocol.PasswordSeal;
import dev.sls.ibkey.protocol.api.ActivationRequest;
import dev.sls.ibkey.protocol.api.ActivationResponse;
import dev.sls.ibkey.protocol.api.RecoveryProof;
import dev.sls.ibkey.protocol.api.RecoveryRequest;
import dev.sls.ibkey.protocol.api.RecoveryStarted;
import dev.sls.ibkey.protocol.api.TransferAcceptRequest;
import dev.sls.ibkey.protocol.TransferUri;
import java.io.IOException;
import java.net.ProxySelector;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One installation of the IB Key phone app: a device id, one EC P-256 device key pair shared by all its users, an
 * optional push registration, and the users activated on it (one app, many users). Here: the installation, adding
 * users (activation, transfer in, recovery) and its saved state; what it then asks for a user is in
 * {@link PushApprovals} (push login) and {@link PhoneUserRequests} (the rest).
 *
 * <p>This reference app keeps everything in memory and, for the CLI, in a JSON file with the private key in clear
 * PKCS#8 ({@link #save}). A real app keeps the device private key in the Android Keystore or the Secure Enclave, where
 * it cannot be exported, and the OCRA keys encrypted under a key of that store.
 *
 * <p>Not thread-safe: one person uses one phone.
 */
public final class IbKeyApp extends PushApprovals {

    private final String deviceId;
    private String deviceName;
    private final String platform;
    private final DeviceSigner signer;
    private final AppUsers users;
    private DeviceApiClient api = new DeviceApiClient();
    private String pushProvider;
    private String pushToken;

    private IbKeyApp(String deviceId, String deviceName, String platform, KeyPair keys, List<IbKeyUser> users,
                     Clock clock) {
        this(deviceId, deviceName, platform, new DeviceSigner(keys, clock), users);
    }

    private IbKeyApp(String deviceId, String deviceName, String platform, DeviceSigner signer, List<IbKeyUser> users) {
        super(signer);
        checkDeviceName(deviceName);
        if (!IbKeyProtocol.isKnownPlatform(platform)) {
            throw new IllegalArgumentException("platform must be android, ios or cli, was " + platform);
        }
        this.deviceId = deviceId;
        this.deviceName = deviceName;
        this.platform = platform;
        this.signer = signer;
        this.users = new AppUsers(users);
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
        return activate(TypedActivation.parse(server, realm, typedCode), pin, List.of());
    }

    /**
     * Activates the user an activation code is for. The PIN is checked against the app PIN rules (with
     * {@code personalWords}, e.g. the person's names) when the platform uses one; ios may pass null.
     */
    public IbKeyUser activate(ActivationUri activation, String pin, Collection<String> personalWords) {
        users.checkAppPin(pin);
        PasswordSeal.KeyPair encryption = PasswordSeal.generateKeyPair();
        ActivationRequest request = signActivation(activation, pin, personalWords, encryption.encodedPublicKey());
        ActivationResponse response = api.activate(activation.server(), activation.realm(), request);
        return users.remember(activation.server(), activation.realm(), response, encryptionKey(encryption, pin));
    }

    private AppEncryptionKey encryptionKey(PasswordSeal.KeyPair encryption, String pin) {
        return AppEncryptionKey.create(encryption, IbKeyProtocol.platformUsesPin(platform) ? pin : null);
    }

    /** Whether this app already holds a user behind its app PIN: adding another then asks that PIN. */
    public boolean hasAppPin() {
        return users.hasAppPin();
    }

    /** The signed activation request, not sent, registering a fresh encryption key whose private half is dropped. */
    public ActivationRequest signActivation(ActivationUri activation, String pin, Collection<String> personalWords) {
        return signActivation(activation, pin, personalWords, PasswordSeal.generateKeyPair().encodedPublicKey());
    }

    /** The signed activation request registering {@code encryptionKey} (Base64url X25519, or null), not sent. */
    public ActivationRequest signActivation(ActivationUri activation, String pin, Collection<String> personalWords,
                                            String encryptionKey) {
        return requests().activation(registration(), activation.realm(), activation.code().canonical(),
                AppPin.checkedHash(platform, pin, personalWords), encryptionKey);
    }

    private SignedPhoneRequests.Registration registration() {
        return new SignedPhoneRequests.Registration(deviceId, deviceName, platform, pushProvider, pushToken);
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

    /** This (new) phone takes the user a transfer QR code offers, with its own key and PIN; no SMS. */
    public IbKeyUser acceptTransfer(TransferUri transfer, String pin) {
        users.checkAppPin(pin);
        PasswordSeal.KeyPair encryption = PasswordSeal.generateKeyPair();
        ActivationResponse response = api.acceptTransfer(transfer.server(), transfer.realm(),
                signTransferAccept(transfer, pin, encryption.encodedPublicKey()));
        return users.remember(transfer.server(), transfer.realm(), response, encryptionKey(encryption, pin));
    }

    /** The signed transfer acceptance, not sent, registering a fresh encryption key whose private half is dropped. */
    public TransferAcceptRequest signTransferAccept(TransferUri transfer, String pin) {
        return signTransferAccept(transfer, pin, PasswordSeal.generateKeyPair().encodedPublicKey());
    }

    /** The signed transfer acceptance registering {@code encryptionKey} (Base64url X25519, or null), not sent. */
    public TransferAcceptRequest signTransferAccept(TransferUri transfer, String pin, String encryptionKey) {
        return requests().transferAccept(registration(), transfer.realm(), transfer.offer(),
                AppPin.checkedHash(platform, pin, List.of()), encryptionKey);
    }

    public List<IbKeyUser> users() {
        return users.list();
    }

    @Override
    public Optional<IbKeyUser> user(String realm, String username) {
        return users.find(realm, username);
    }

    @Override
    public void removeUser(IbKeyUser user) {
        users.remove(user);
    }

    @Override
    void pushTargetChanged(String provider, String token) {
        this.pushProvider = provider;
        this.pushToken = token;
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

    @Override
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
}
