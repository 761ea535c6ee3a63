package dev.sls.ibkey.transfer;

import dev.sls.binding.BindingGate;
import dev.sls.binding.Bindings;
import dev.sls.binding.history.HistoryEntry;
import dev.sls.binding.history.HistoryEvent;
import dev.sls.binding.DeviceProof;
import dev.sls.ibkey.activation.NewPhone;
import dev.sls.ibkey.credential.IbKeyCredentialModel;
import dev.sls.ibkey.device.DeviceRequests;
import dev.sls.ibkey.device.IbKeyDevice;
import dev.sls.ibkey.device.IbKeyDevices;
import dev.sls.ibkey.protocol.IbKeyMessages;
import dev.sls.ibkey.protocol.TransferUri;
import dev.sls.ibkey.protocol.api.ActivationResponse;
import dev.sls.ibkey.protocol.api.IbKeyErrorCode;
import dev.sls.ibkey.protocol.api.SignedAction;
import dev.sls.ibkey.protocol.api.TransferAcceptRequest;
import dev.sls.ibkey.protocol.api.TransferOffer;
import dev.sls.ibkey.push.PushChallenges;
import dev.sls.rest.ApiException;
import dev.sls.rest.JsonResponses;
import java.security.PublicKey;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Transfer from a phone that still works: the old phone signs a one-time offer, shown on its screen as a QR code; a
 * new phone scans it and binds a new key, without SMS. The offer signed by the person's active phone is the device
 * proof the binding rules ask for ({@link BindingGate#mayBindWith}); the old key retires in the same transaction,
 * its waiting pushes die, and the person is told on another channel.
 */
public final class TransferService {

    static final String NOTICE_SUBJECT = "slsIbKeyTransferredSubject";
    static final String NOTICE_BODY = "slsIbKeyTransferredBody";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneOffset.UTC);

    private final KeycloakSession session;
    private final RealmModel realm;
    private final TransferOffers offers;
    private final DeviceRequests requests;

    public TransferService(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
        this.offers = new TransferOffers(session);
        this.requests = new DeviceRequests(session);
    }

    /** {@code POST /devices/{handle}/transfer-offers}, signed by the old phone. */
    public TransferOffer offer(String handle, SignedAction body) {
        IbKeyDevice device = requests.authenticate(realm, handle, () -> IbKeyMessages.offerTransfer(realm.getName(),
                handle, body.nonce(), DeviceRequests.instant(body.time())), body.signature());
        TransferOffers.Issued issued = offers.issue(realm, device, TransferSettings.lifetimeSeconds(realm));
        return new TransferOffer(issued.offer(), device.user().getUsername(), issued.expiresAt());
    }

    /** {@code POST /transfers}, signed by the new phone's new key. */
    public ActivationResponse accept(TransferAcceptRequest request) {
        if (request.offer() == null || !TransferUri.OFFER.matcher(request.offer()).matches()) {
            throw JsonResponses.invalid("offer must be the 43 characters of the transfer QR code");
        }
        NewPhone phone = NewPhone.of(request);
        PublicKey newKey = phone.checked(session);
        requests.verifyNew(newKey, IbKeyMessages.acceptTransfer(realm.getName(), request.offer(), request.publicKey(),
                request.deviceId(), request.pinHash(), request.encryptionKey(), request.nonce(),
                DeviceRequests.instant(request.time())),
                request.signature());
        offers.peek(realm, request.offer()).flatMap(this::source)
                .filter(old -> old.key().data().getPublicKey().equals(request.publicKey()))
                .ifPresent(old -> {
                    throw JsonResponses.invalid("this phone already holds the user: scan the offer with the new phone");
                });

        TransferOffers.Offer offer = offers.take(realm, request.offer());
        IbKeyDevice old = source(offer).orElseThrow(() -> new ApiException(IbKeyErrorCode.TRANSFER_SOURCE_RETIRED,
                "The phone that showed this offer is no longer the user's IB Key."));
        DeviceProof proof = DeviceProof.signedBy(session, realm, IbKeyCredentialModel.TYPE, offer.offeredAt());
        if (!BindingGate.mayBindWith(realm, old.user(), proof)) {
            throw TransferOffers.expired();
        }
        String oldName = old.key().data().getDeviceName();
        NewPhone.Bound bound = phone.bind(session, realm, old.user(), null, "transfer", old.key().recordedNumber());
        new PushChallenges(session).cancelAllFor(old.handle());
        Bindings.boundWithNotice(session, realm, old.user(), HistoryEntry.of(HistoryEvent.TRANSFERRED,
                        IbKeyCredentialModel.TYPE, bound.key().getId(), bound.key().data().getDeviceName(),
                        "transfer-offer").withPublicKey(bound.key().data().getPublicKey()),
                NOTICE_SUBJECT, NOTICE_BODY, old.user().getUsername(),
                oldName, bound.key().data().getDeviceName(), WHEN.format(Instant.ofEpochSecond(Time.currentTime())));
        return bound.response(realm, old.user());
    }

    /** The phone that made the offer, while it is still the user's active IB Key. */
    private Optional<IbKeyDevice> source(TransferOffers.Offer offer) {
        UserModel user = session.users().getUserById(realm, offer.userId());
        if (user == null || !user.isEnabled()) {
            return Optional.empty();
        }
        return IbKeyDevices.provider(session).active(user).filter(key -> key.getId().equals(offer.credentialId()))
                .map(key -> new IbKeyDevice(user, key));
    }
}
