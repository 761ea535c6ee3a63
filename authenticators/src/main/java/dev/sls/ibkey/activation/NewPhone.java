package dev.sls.ibkey.activation;

import dev.sls.binding.history.DeviceHistory;
import dev.sls.binding.history.HistoryEntry;
import dev.sls.binding.history.HistoryEvent;
import dev.sls.core.event.EventDetails;
import dev.sls.core.ocra.OcraSuite;
import dev.sls.core.signing.DeviceKeys;
import dev.sls.ibkey.credential.IbKeyCredentialModel;
import dev.sls.ibkey.credential.IbKeyCredentialProvider;
import dev.sls.ibkey.credential.dto.IbKeyCredentialData;
import dev.sls.ibkey.device.DeviceRequests;
import dev.sls.ibkey.device.IbKeyDevice;
import dev.sls.ibkey.device.IbKeyDevices;
import dev.sls.ibkey.device.PushTargets;
import dev.sls.ibkey.protocol.IbKeyProtocol;
import dev.sls.ibkey.protocol.api.ActivationRequest;
import dev.sls.ibkey.protocol.api.ActivationResponse;
import dev.sls.ibkey.protocol.api.IbKeyErrorCode;
import dev.sls.ibkey.protocol.api.TransferAcceptRequest;
import dev.sls.mobile.number.MaskedNumbers;
import dev.sls.rest.ApiException;
import dev.sls.rest.JsonResponses;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.keycloak.events.Details;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * A phone presenting a new device key, by activation or by transfer: its fields checked before anything is looked up,
 * then bound as the user's one IB Key (the previous key retired in the same transaction).
 */
public record NewPhone(String publicKey, String deviceId, String deviceName, String platform, String pushProvider,
                       String pushToken, String pinHash, String encryptionKey, String nonce, String signature) {

    private static final SecureRandom RANDOM = new SecureRandom();

    public static NewPhone of(ActivationRequest r) {
        return new NewPhone(r.publicKey(), r.deviceId(), r.deviceName(), r.platform(), r.pushProvider(),
                r.pushToken(), r.pinHash(), r.encryptionKey(), r.nonce(), r.signature());
    }

    /** The new phone of a transfer, with the encryption key it registers (if any). */
    public static NewPhone of(TransferAcceptRequest r) {
        return new NewPhone(r.publicKey(), r.deviceId(), r.deviceName(), r.platform(), r.pushProvider(),
                r.pushToken(), r.pinHash(), r.encryptionKey(), r.nonce(), r.signature());
    }

    /** The new key, once every field has the right shape; a 400 (or {@code pin_hash_required}) otherwise. */
    public PublicKey checked(KeycloakSession session) {
        PublicKey key;
        try {
            key = DeviceKeys.decodePublic(publicKey);
        } catch (IllegalArgumentException e) {
            throw JsonResponses.invalid("publicKey: " + e.getMessage());
        }
        if (!ActivationService.isToken(deviceId, 64)) {
            throw JsonResponses.invalid("deviceId must be 1 to 64 letters, digits, '-' or '_'");
        }
        if (deviceName != null && deviceName.length() > 64) {
            throw JsonResponses.invalid("deviceName must be at most 64 characters");
        }
        if (!IbKeyProtocol.isKnownPlatform(platform)) {
            throw JsonResponses.invalid("platform must be android, ios or cli");
        }
        boolean usesPin = IbKeyProtocol.platformUsesPin(platform);
        if (usesPin && pinHash == null) {
            throw new ApiException(IbKeyErrorCode.PIN_HASH_REQUIRED, "This platform secures responses with a PIN;"
                    + " send pinHash (hex SHA-1 of the PIN).");
        }
        if (!usesPin && pinHash != null) {
            throw JsonResponses.invalid("pinHash is only sent by platforms that use a PIN");
        }
        if (usesPin && !pinHash.matches("[0-9a-f]{40}")) {
            throw JsonResponses.invalid("pinHash must be 40 lowercase hex digits");
        }
        EncryptionKeys.check(encryptionKey);
        DeviceRequests.checkNonceShape(nonce);
        DeviceRequests.checkSignatureShape(signature);
        PushTargets.check(session, pushProvider, pushToken);
        return key;
    }

    /** Whether {@code key} is this very phone (same installation, same device key). */
    public boolean is(IbKeyCredentialModel key) {
        return key.data().getDeviceId().equals(deviceId) && key.data().getPublicKey().equals(publicKey);
    }

    /** What a binding stored: the credential and the OCRA key, Base64url, sent to the phone once. */
    public record Bound(IbKeyCredentialModel key, String ocraKey) {

        public ActivationResponse response(RealmModel realm, UserModel user) {
            return new ActivationResponse(IbKeyDevice.handle(user.getId(), key.getId()), realm.getName(),
                    user.getUsername(), key.data().getOcraSuite(), ocraKey, false);
        }
    }

    /**
     * Makes this phone the user's IB Key: the previous one stops working in this transaction and is remembered as
     * retired (in the device history too), and an {@code UPDATE_CREDENTIAL} event records it ({@code how}: the
     * event's {@code reason}). {@code recordedNumber}: the E.164 number recorded on the new key (recovery sends its
     * token there only), masked in the credential data.
     */
    public Bound bind(KeycloakSession session, RealmModel realm, UserModel user, String activationId, String how,
                      Optional<String> recordedNumber) {
        IbKeyCredentialProvider provider = IbKeyDevices.provider(session);
        Optional<IbKeyCredentialModel> current = provider.active(user);
        OcraSuite suite = IbKeyProtocol.platformUsesPin(platform)
                ? IbKeyProtocol.SUITE_WITH_PIN : IbKeyProtocol.SUITE_WITHOUT_PIN;
        byte[] ocraKey = new byte[IbKeyCredentialModel.OCRA_KEY_BYTES];
        RANDOM.nextBytes(ocraKey);
        IbKeyCredentialData data = new IbKeyCredentialData(deviceId, name(), platform, publicKey, suite.toString(),
                pushProvider, pushToken, activationId, recordedNumber.map(MaskedNumbers::mask).orElse(null),
                encryptionKey);
        current.ifPresent(retired -> retire(session, realm, user, retired, how));
        IbKeyCredentialModel stored = provider.getCredentialFromModel(provider.replaceAll(realm, user,
                IbKeyCredentialModel.create(data, ocraKey, pinHash, recordedNumber.orElse(null))));
        new EventBuilder(realm, session, session.getContext().getConnection())
                .event(EventType.UPDATE_CREDENTIAL).user(user)
                .detail(Details.CREDENTIAL_TYPE, IbKeyCredentialModel.TYPE)
                .detail(Details.CREDENTIAL_ID, stored.getId())
                .detail(EventDetails.DEVICE_NAME, data.getDeviceName())
                .detail(EventDetails.DEVICE_PLATFORM, data.getPlatform())
                .detail(Details.REASON, how)
                .success();
        return new Bound(stored, Base64.getUrlEncoder().withoutPadding().encodeToString(ocraKey));
    }

    /** The replaced phone: remembered so it can be told it was retired, and written in the device history. */
    private static void retire(KeycloakSession session, RealmModel realm, UserModel user, IbKeyCredentialModel retired,
                               String how) {
        new IbKeyDevices(session).rememberRetired(user, retired);
        DeviceHistory.record(session, realm, user, HistoryEntry.of(HistoryEvent.RETIRED, IbKeyCredentialModel.TYPE,
                retired.getId(), retired.data().getDeviceName(), "transfer".equals(how) ? "transferred" : "replaced")
                .withPublicKey(retired.data().getPublicKey()));
    }

    private String name() {
        String name = deviceName == null ? "" : deviceName.strip();
        return name.isEmpty() ? "IB Key" : name;
    }

    @Override
    public String toString() {
        return "NewPhone[deviceId=" + deviceId + ", platform=" + platform + ", pushProvider=" + pushProvider + "]";
    }
}
