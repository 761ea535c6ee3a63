package dev.sls.ibkey.app;

import dev.sls.core.signing.DeviceMessage;
import dev.sls.ibkey.protocol.IbKeyMessages;
import dev.sls.ibkey.protocol.api.ActivationRequest;
import dev.sls.ibkey.protocol.api.PasswordFetchRequest;
import dev.sls.ibkey.protocol.api.PushTokenUpdate;
import dev.sls.ibkey.protocol.api.SignedAction;
import dev.sls.ibkey.protocol.api.TransferAcceptRequest;
import java.time.Instant;

/**
 * The signed bodies of the app's requests other than push decisions: registering its key (activation, taking a
 * transfer) and what an activated phone asks for one user (new push token, removal, transfer offer, password fetch).
 */
final class SignedPhoneRequests {

    /** What the app registers with its key: its identity and where its notifications go (provider, token or null). */
    record Registration(String deviceId, String deviceName, String platform, String pushProvider, String pushToken) {
    }

    private final DeviceSigner signer;

    SignedPhoneRequests(DeviceSigner signer) {
        this.signer = signer;
    }

    ActivationRequest activation(Registration app, String realm, String code, String pinHash, String encryptionKey) {
        String publicKey = signer.publicKey();
        String nonce = signer.nonce();
        Instant time = signer.now();
        DeviceMessage message = IbKeyMessages.activation(realm, code, publicKey, app.deviceId(), pinHash,
                encryptionKey, nonce, time);
        return new ActivationRequest(code, publicKey, app.deviceId(), app.deviceName(), app.platform(),
                app.pushProvider(), app.pushToken(), pinHash, encryptionKey, nonce, time.getEpochSecond(),
                signer.sign(message));
    }

    TransferAcceptRequest transferAccept(Registration app, String realm, String offer, String pinHash,
                                         String encryptionKey) {
        String publicKey = signer.publicKey();
        String nonce = signer.nonce();
        Instant time = signer.now();
        DeviceMessage message = IbKeyMessages.acceptTransfer(realm, offer, publicKey, app.deviceId(), pinHash,
                encryptionKey, nonce, time);
        return new TransferAcceptRequest(offer, publicKey, app.deviceId(), app.deviceName(), app.platform(),
                app.pushProvider(), app.pushToken(), pinHash, encryptionKey, nonce, time.getEpochSecond(),
                signer.sign(message));
    }

    PushTokenUpdate pushTokenUpdate(IbKeyUser user, String provider, String token) {
        String nonce = signer.nonce();
        Instant time = signer.now();
        return new PushTokenUpdate(provider, token, nonce, time.getEpochSecond(), signer.sign(
                IbKeyMessages.updatePushToken(user.realm(), user.deviceHandle(), provider, token, nonce, time)));
    }

    SignedAction removeUser(IbKeyUser user) {
        String nonce = signer.nonce();
        Instant time = signer.now();
        return new SignedAction(nonce, time.getEpochSecond(),
                signer.sign(IbKeyMessages.removeUser(user.realm(), user.deviceHandle(), nonce, time)));
    }

    SignedAction transferOffer(IbKeyUser user) {
        String nonce = signer.nonce();
        Instant time = signer.now();
        return new SignedAction(nonce, time.getEpochSecond(),
                signer.sign(IbKeyMessages.offerTransfer(user.realm(), user.deviceHandle(), nonce, time)));
    }

    PasswordFetchRequest passwordFetch(IbKeyUser user) {
        String nonce = signer.nonce();
        Instant time = signer.now();
        return new PasswordFetchRequest(nonce, time.getEpochSecond(), signer.sign(
                IbKeyMessages.fetchPassword(user.realm(), user.deviceHandle(), nonce, time)));
    }
}
