package dev.sls.ibkey.activation;

import dev.sls.binding.Bindings;
import dev.sls.core.event.EventDetails;
import dev.sls.core.ocra.OcraSuite;
import dev.sls.core.signing.DeviceKeys;
import dev.sls.ibkey.credential.IbKeyCredentialModel;
import dev.sls.ibkey.credential.IbKeyCredentialProvider;
import dev.sls.ibkey.credential.dto.IbKeyCredentialData;
import dev.sls.ibkey.device.DeviceRequests;
import dev.sls.ibkey.device.IbKeyDevice;
import dev.sls.ibkey.device.IbKeyDevices;
import dev.sls.ibkey.protocol.ActivationCode;
import dev.sls.ibkey.protocol.IbKeyMessages;
import dev.sls.ibkey.protocol.IbKeyProtocol;
import dev.sls.ibkey.protocol.api.ActivationRequest;
import dev.sls.ibkey.protocol.api.ActivationResponse;
import dev.sls.ibkey.protocol.api.IbKeyErrorCode;
import dev.sls.ibkey.push.sender.PushSender;
import dev.sls.rest.ApiException;
import dev.sls.rest.JsonResponses;
import dev.sls.wait.Watches;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.keycloak.events.Details;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.provider.ProviderFactory;

/** {@code POST /activations}: a phone proves it holds a new device key and presents the code from the screen. */
public final class ActivationService {

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
        ActivationCode code = ActivationCode.parse(request.activationCode()).orElseThrow(() -> new ApiException(
                IbKeyErrorCode.ACTIVATION_CODE_INVALID, "The activation code is malformed; check it and type it again."));
        PublicKey publicKey = checkRequest(request);
        checkPushProvider(request.pushProvider());
        new DeviceRequests(session).verifyNew(publicKey, IbKeyMessages.activation(realm.getName(), code.canonical(),
                request.publicKey(), request.deviceId(), request.pinHash(), request.encryptionKey(), request.nonce(),
                DeviceRequests.instant(request.time())), request.signature());

        PendingActivation pending = new ActivationCodes(session).redeem(realm, code);
        UserModel user = session.users().getUserById(realm, pending.userId());
        if (user == null || !user.isEnabled()) {
            throw new ApiException(IbKeyErrorCode.ACTIVATION_CODE_UNKNOWN, "No such activation code.");
        }
        IbKeyCredentialProvider provider = IbKeyDevices.provider(session);
        Optional<IbKeyCredentialModel> current = provider.active(user);
        if (current.isPresent() && current.get().data().getDeviceId().equals(request.deviceId())
                && current.get().data().getPublicKey().equals(request.publicKey())) {
            EncryptionKeys.renew(user, current.get(), request.encryptionKey());
            new Watches(session).settle(pending.watchId(), ActivationCodes.ACTIVATED);
            return new Outcome(response(user, current.get(), null, true), false);
        }
        OcraSuite suite = IbKeyProtocol.platformUsesPin(request.platform())
                ? IbKeyProtocol.SUITE_WITH_PIN : IbKeyProtocol.SUITE_WITHOUT_PIN;
        byte[] ocraKey = new byte[IbKeyCredentialModel.OCRA_KEY_BYTES];
        RANDOM.nextBytes(ocraKey);
        IbKeyCredentialData data = new IbKeyCredentialData(request.deviceId(), deviceName(request),
                request.platform(), request.publicKey(), suite.toString(), request.pushProvider(),
                request.pushToken(), pending.watchId(), request.encryptionKey());
        current.ifPresent(retired -> new IbKeyDevices(session).rememberRetired(user, retired));
        IbKeyCredentialModel stored = provider.getCredentialFromModel(
                provider.replaceAll(realm, user, IbKeyCredentialModel.create(data, ocraKey, request.pinHash())));
        new EventBuilder(realm, session, session.getContext().getConnection())
                .event(EventType.UPDATE_CREDENTIAL).user(user)
                .detail(Details.CREDENTIAL_TYPE, IbKeyCredentialModel.TYPE)
                .detail(Details.CREDENTIAL_ID, stored.getId())
                .detail(EventDetails.DEVICE_NAME, data.getDeviceName())
                .detail(EventDetails.DEVICE_PLATFORM, data.getPlatform())
                .success();
        Bindings.bound(session, realm, user, provider.device().displayNameKey());
        new Watches(session).settle(pending.watchId(), ActivationCodes.ACTIVATED);
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
            throw JsonResponses.invalid("publicKey: " + e.getMessage());
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
        if (request.pushToken() != null && (request.pushToken().isEmpty() || request.pushToken().length() > 4096)) {
            throw invalid("pushToken must be 1 to 4096 characters");
        }
        boolean usesPin = IbKeyProtocol.platformUsesPin(request.platform());
        if (usesPin && request.pinHash() == null) {
            throw new ApiException(IbKeyErrorCode.PIN_HASH_REQUIRED, "This platform secures responses with a PIN;"
                    + " send pinHash (hex SHA-1 of the PIN).");
        }
        if (!usesPin && request.pinHash() != null) {
            throw invalid("pinHash is only sent by platforms that use a PIN");
        }
        if (usesPin && !request.pinHash().matches("[0-9a-f]{40}")) {
            throw invalid("pinHash must be 40 lowercase hex digits");
        }
        EncryptionKeys.check(request.encryptionKey());
        DeviceRequests.checkNonceShape(request.nonce());
        if (request.signature() == null || request.signature().isEmpty() || request.signature().length() > 200) {
            throw invalid("signature is missing or too long");
        }
        return key;
    }

    /** The push sender the phone registers for must be one installed on this server (SPI sls-push-sender). */
    private void checkPushProvider(String pushProvider) {
        if (pushProvider == null) {
            return;
        }
        List<String> installed = session.getKeycloakSessionFactory().getProviderFactoriesStream(PushSender.class)
                .map(ProviderFactory::getId).sorted().toList();
        if (!installed.contains(pushProvider)) {
            throw invalid("pushProvider must be one of " + String.join(", ", installed));
        }
    }

    private static String deviceName(ActivationRequest request) {
        String name = request.deviceName() == null ? "" : request.deviceName().strip();
        return name.isEmpty() ? "IB Key" : name;
    }

    static boolean isToken(String value, int maxLength) {
        return value != null && !value.isEmpty() && value.length() <= maxLength
                && value.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_'));
    }

    private static ApiException invalid(String message) {
        return JsonResponses.invalid(message);
    }
}
