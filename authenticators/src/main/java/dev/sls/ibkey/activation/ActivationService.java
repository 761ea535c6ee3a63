package dev.sls.ibkey.activation;

import dev.sls.binding.Bindings;
import dev.sls.binding.history.HistoryEntry;
import dev.sls.binding.history.HistoryEvent;
import dev.sls.ibkey.credential.IbKeyCredentialModel;
import dev.sls.ibkey.credential.IbKeyCredentialProvider;
import dev.sls.ibkey.device.DeviceRequests;
import dev.sls.ibkey.device.IbKeyDevice;
import dev.sls.ibkey.device.IbKeyDevices;
import dev.sls.ibkey.protocol.ActivationCode;
import dev.sls.ibkey.protocol.IbKeyMessages;
import dev.sls.ibkey.protocol.api.ActivationRequest;
import dev.sls.ibkey.protocol.api.ActivationResponse;
import dev.sls.ibkey.protocol.api.IbKeyErrorCode;
import dev.sls.mobile.MobileNumbers;
import dev.sls.mobile.store.MobileNumber;
import dev.sls.recovery.RecoveryNotice;
import dev.sls.rest.ApiException;
import dev.sls.wait.Watches;
import java.security.PublicKey;
import java.util.Optional;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/** {@code POST /activations}: a phone proves it holds a new device key and presents the code from the screen. */
public final class ActivationService {

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
        NewPhone phone = NewPhone.of(request);
        PublicKey publicKey = phone.checked(session);
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
        if (current.isPresent() && phone.is(current.get())) {
            EncryptionKeys.renew(user, current.get(), request.encryptionKey());
            new Watches(session).settle(pending.watchId(), ActivationCodes.ACTIVATED);
            return new Outcome(new ActivationResponse(IbKeyDevice.handle(user.getId(), current.get().getId()),
                    realm.getName(), user.getUsername(), current.get().data().getOcraSuite(), null, true), false);
        }
        ActivationOrigin origin = pending.origin();
        Optional<String> number = origin.number().or(() -> new MobileNumbers(session, realm).verifiedDefault(user)
                .map(MobileNumber::e164));
        NewPhone.Bound bound = phone.bind(session, realm, user, pending.watchId(), "activation", number);
        Bindings.bound(session, realm, user, provider.device().displayNameKey(),
                HistoryEntry.of(origin.event(), IbKeyCredentialModel.TYPE, bound.key().getId(),
                        bound.key().data().getDeviceName(), origin.proof()).withPublicKey(phone.publicKey()));
        if (origin.event() == HistoryEvent.RECOVERED) {
            number.ifPresent(e164 -> RecoveryNotice.sms(session, realm, user, e164));
        }
        new Watches(session).settle(pending.watchId(), ActivationCodes.ACTIVATED);
        return new Outcome(bound.response(realm, user), true);
    }

    static boolean isToken(String value, int maxLength) {
        return value != null && !value.isEmpty() && value.length() <= maxLength
                && value.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_'));
    }
}
