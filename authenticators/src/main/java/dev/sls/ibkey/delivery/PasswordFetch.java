package dev.sls.ibkey.delivery;

import dev.sls.ibkey.device.DeviceRequests;
import dev.sls.ibkey.device.IbKeyDevice;
import dev.sls.ibkey.protocol.IbKeyMessages;
import dev.sls.ibkey.protocol.PasswordSeal;
import dev.sls.ibkey.protocol.api.IbKeyErrorCode;
import dev.sls.ibkey.protocol.api.PasswordFetchRequest;
import dev.sls.ibkey.protocol.api.SealedPassword;
import dev.sls.rest.ApiException;
import java.time.Instant;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * The phone's side of the delivered password: {@code POST .../devices/{handle}/password-delivery}. The signature is
 * checked first; then the sealed password is taken out of the store, so it is handed out once in the whole cluster.
 */
public final class PasswordFetch {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final PasswordDeliveries deliveries;

    public PasswordFetch(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
        this.deliveries = new PasswordDeliveries(session);
    }

    public SealedPassword fetch(String handle, PasswordFetchRequest request) {
        IbKeyDevice device = new DeviceRequests(session).authenticate(realm, handle,
                () -> IbKeyMessages.fetchPassword(realm.getName(), handle, request.nonce(),
                        DeviceRequests.instant(request.time())), request.signature());
        String userId = device.user().getId();
        long now = Time.currentTime();
        PasswordDeliveries.Delivery delivery = deliveries.take(userId).orElseThrow(() -> whyNot(userId, now));
        if (!realm.getId().equals(delivery.realmId()) || !device.key().getId().equals(delivery.credentialId())) {
            // Sealed to the key of a phone this user had before: this one could never open it. Left as it was, so
            // the helpdesk sees it waiting until it expires.
            deliveries.putBack(userId, delivery, now);
            throw nothingWaiting();
        }
        if (now >= delivery.expiresAt()) {
            throw expired();
        }
        deliveries.markFetched(delivery, now);
        return new SealedPassword(delivery.id(), PasswordSeal.SUITE, delivery.enc(), delivery.ciphertext(),
                Instant.ofEpochSecond(delivery.createdAt()).toString(),
                Instant.ofEpochSecond(delivery.expiresAt()).toString());
    }

    private ApiException whyNot(String userId, long now) {
        return deliveries.status(realm.getId(), userId, now).map(status -> switch (status.state()) {
            case FETCHED -> new ApiException(IbKeyErrorCode.PASSWORD_ALREADY_FETCHED,
                    "This temporary password was already fetched; it is handed out once. Ask Client Services for a"
                            + " new one if you did not see it.");
            case EXPIRED -> expired();
            case WAITING -> nothingWaiting();
        }).orElseGet(PasswordFetch::nothingWaiting);
    }

    private static ApiException expired() {
        return new ApiException(IbKeyErrorCode.PASSWORD_DELIVERY_EXPIRED,
                "This temporary password waited too long and can no longer be fetched; ask Client Services for a"
                        + " new one.");
    }

    private static ApiException nothingWaiting() {
        return new ApiException(IbKeyErrorCode.NO_PASSWORD_WAITING, "No temporary password waits for this phone.");
    }
}
