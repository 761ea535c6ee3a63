package dev.sls.ibkey;

import dev.sls.credential.ibkey.IbKeyCredentialModel;
import dev.sls.credential.ibkey.IbKeyCredentialProvider;
import dev.sls.credential.ibkey.dto.IbKeyCredentialData;
import dev.sls.protocol.activation.ActivationCode;
import dev.sls.protocol.device.DeviceKeys;
import dev.sls.protocol.ibkey.IbKeyMessages;
import dev.sls.protocol.ibkey.IbKeyProtocol;
import dev.sls.protocol.ibkey.api.ActivationRequest;
import dev.sls.protocol.ibkey.api.ActivationResponse;
import dev.sls.protocol.ibkey.api.ApiErrorCode;
import dev.sls.protocol.ocra.OcraSuite;
import dev.sls.wait.WatchState;
import dev.sls.wait.Watches;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/** {@code POST /activations}: a phone proves it holds a new device key and presents the code from the screen. */
public final class ActivationService {

    private static final Set<String> PUSH_PROVIDERS = Set.of("none", "webhook", "fcm", "apns");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final KeycloakSession session;
    private final RealmModel realm;

    public ActivationService(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    /** The result and whether something new was created (201) or the phone was recognised (200). */
    public record Outcome(ActivationResponse response, boolean created) {
    }

    public Outcome activate(ActivationRequest request) {
        ActivationCode code = ActivationCode.parse(request.activationCode()).orElseThrow(() -> new DeviceApiException(
                ApiErrorCode.ACTIVATION_CODE_INVALID, "The activation code is malformed; check it and type it again."));
        PublicKey publicKey = checkRequest(request);
        new DeviceRequests(session).verifyNew(publicKey, IbKeyMessages.activation(realm.getName(), code.canonical(),
                request.publicKey(), request.deviceId(), request.pinHash(), request.nonce(),
                DeviceRequests.instant(request.time())), request.signature());

        PendingActivation pending = new ActivationCodes(session).redeem(realm, code);
        UserModel user = session.users().getUserById(realm, pending.userId());
        if (user == null || !user.isEnabled()) {
            throw new DeviceApiException(ApiErrorCode.ACTIVATION_CODE_UNKNOWN, "No such activation code.");
        }
        IbKeyCredentialProvider provider = IbKeyDevices.provider(session);
        Optional<IbKeyCredentialModel> current = provider.activeKey(user);
        if (current.isPresent() && current.get().data().getDeviceId().equals(request.deviceId())
                && current.get().data().getPublicKey().equals(request.publicKey())) {
            new Watches(session).settle(pending.watchId(), WatchState.ACTIVATED);
            return new Outcome(response(user, current.get(), null, true), false);
        }
        OcraSuite suite = IbKeyProtocol.platformUsesPin(request.platform())
                ? IbKeyProtocol.SUITE_WITH_PIN : IbKeyProtocol.SUITE_WITHOUT_PIN;
        byte[] ocraKey = new byte[IbKeyCredentialModel.OCRA_KEY_BYTES];
        RANDOM.nextBytes(ocraKey);
        IbKeyCredentialData data = new IbKeyCredentialData(request.deviceId(), deviceName(request),
                request.platform(), request.publicKey(), suite.toString(), request.pushProvider(),
                request.pushToken(), pending.watchId());
        IbKeyCredentialModel stored = provider.getCredentialFromModel(
                provider.activate(realm, user, IbKeyCredentialModel.create(data, ocraKey, request.pinHash())));
        new EventBuilder(realm, session, session.getContext().getConnection())
                .event(EventType.UPDATE_CREDENTIAL).user(user)
                .detail("credential_type", IbKeyCredentialModel.TYPE)
                .detail("credential_id", stored.getId())
                .detail("sls_device_name", data.getDeviceName())
                .detail("sls_device_platform", data.getPlatform())
                .success();
        new Watches(session).settle(pending.watchId(), WatchState.ACTIVATED);
        return new Outcome(response(user, stored, Base64.getUrlEncoder().withoutPadding().encodeToString(ocraKey),
                false), true);
    }

    private ActivationResponse response(UserModel user, IbKeyCredentialModel key, String ocraKey, boolean already) {
        return new ActivationResponse(IbKeyDevice.handle(user.getId(), key.getId()), realm.getName(),
                user.getUsername(), key.data().getOcraSuite(), ocraKey, already);
    }

    private static PublicKey checkRequest(ActivationRequest request) {
        PublicKey key;
        try {
            key = DeviceKeys.decodePublic(request.publicKey());
        } catch (IllegalArgumentException e) {
            throw new DeviceApiException(ApiErrorCode.INVALID_REQUEST, "publicKey: " + e.getMessage());
        }
        if (!isToken(request.deviceId(), 64)) {
            throw invalid("deviceId must be 1 to 64 letters, digits, '-' or '_'");
        }
        if (request.deviceName() != null && request.deviceName().length() > 64) {
            throw invalid("deviceName must be at most 64 characters");
        }
        if (!IbKeyProtocol.isKnownPlatform(request.platform())) {
            throw invalid("platform must be android, ios or cli");
        }
        if (request.pushProvider() != null && !PUSH_PROVIDERS.contains(request.pushProvider())) {
            throw invalid("pushProvider must be none, webhook, fcm or apns");
        }
        if (request.pushToken() != null && (request.pushToken().isEmpty() || request.pushToken().length() > 4096)) {
            throw invalid("pushToken must be 1 to 4096 characters");
        }
        boolean usesPin = IbKeyProtocol.platformUsesPin(request.platform());
        if (usesPin && request.pinHash() == null) {
            throw new DeviceApiException(ApiErrorCode.PIN_HASH_REQUIRED, "This platform secures responses with a PIN;"
                    + " send pinHash (hex SHA-1 of the PIN).");
        }
        if (!usesPin && request.pinHash() != null) {
            throw invalid("pinHash is only sent by platforms that use a PIN");
        }
        if (usesPin && !request.pinHash().matches("[0-9a-f]{40}")) {
            throw invalid("pinHash must be 40 lowercase hex digits");
        }
        DeviceRequests.checkNonceShape(request.nonce());
        if (request.signature() == null || request.signature().isEmpty() || request.signature().length() > 200) {
            throw invalid("signature is missing or too long");
        }
        return key;
    }

    private static String deviceName(ActivationRequest request) {
        String name = request.deviceName() == null ? "" : request.deviceName().strip();
        return name.isEmpty() ? "IB Key" : name;
    }

    static boolean isToken(String value, int maxLength) {
        return value != null && !value.isEmpty() && value.length() <= maxLength
                && value.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_'));
    }

    private static DeviceApiException invalid(String message) {
        return new DeviceApiException(ApiErrorCode.INVALID_REQUEST, message);
    }
}
