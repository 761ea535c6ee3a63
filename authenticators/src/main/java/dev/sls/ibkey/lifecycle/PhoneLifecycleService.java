package dev.sls.ibkey.lifecycle;

import dev.sls.binding.AccountNotice;
import dev.sls.binding.history.DeviceHistory;
import dev.sls.binding.history.HistoryEntry;
import dev.sls.binding.history.HistoryEvent;
import dev.sls.core.event.EventDetails;
import dev.sls.ibkey.credential.IbKeyCredentialModel;
import dev.sls.ibkey.device.DeviceRequests;
import dev.sls.ibkey.device.IbKeyDevice;
import dev.sls.ibkey.device.IbKeyDevices;
import dev.sls.ibkey.device.PushTargets;
import dev.sls.ibkey.protocol.IbKeyMessages;
import dev.sls.ibkey.protocol.api.PushTokenUpdate;
import dev.sls.ibkey.protocol.api.PushTokenUpdated;
import dev.sls.ibkey.protocol.api.SignedAction;
import dev.sls.ibkey.protocol.api.UserRemoved;
import dev.sls.ibkey.push.PushChallenges;
import org.keycloak.common.util.Time;
import org.keycloak.events.Details;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * The app's own life cycle for one user it holds: a rotated push token, and "Remove user". Both are signed by the
 * phone, which is checked before anything else is looked at.
 */
public final class PhoneLifecycleService {

    static final String REMOVED_SUBJECT = "slsIbKeyRemovedSubject";
    static final String REMOVED_BODY = "slsIbKeyRemovedBody";

    private final KeycloakSession session;
    private final RealmModel realm;
    private final DeviceRequests requests;

    public PhoneLifecycleService(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
        this.requests = new DeviceRequests(session);
    }

    /** {@code POST /devices/{handle}/push-token}: later notifications for this user go to the new address. */
    public PushTokenUpdated updatePushToken(String handle, PushTokenUpdate update) {
        PushTargets.check(session, update.pushProvider(), update.pushToken());
        IbKeyDevice device = requests.authenticate(realm, handle, () -> IbKeyMessages.updatePushToken(realm.getName(),
                handle, update.pushProvider(), update.pushToken(), update.nonce(),
                DeviceRequests.instant(update.time())), update.signature());
        device.user().credentialManager().updateStoredCredential(
                device.key().withPushTarget(update.pushProvider(), update.pushToken()));
        return new PushTokenUpdated(handle, update.pushProvider());
    }

    /**
     * {@code POST /devices/{handle}/removal}: the phone gives up this user at once. Proving possession of the key is
     * what removing needs; the other users the app holds are untouched. The next login asks for another device, or
     * to activate again under the binding rules.
     */
    public UserRemoved removeUser(String handle, SignedAction body) {
        IbKeyDevice device = requests.authenticate(realm, handle, () -> IbKeyMessages.removeUser(realm.getName(),
                handle, body.nonce(), DeviceRequests.instant(body.time())), body.signature());
        new PushChallenges(session).cancelAllFor(handle);
        new IbKeyDevices(session).retire(device);
        DeviceHistory.record(session, realm, device.user(), HistoryEntry.of(HistoryEvent.RETIRED,
                IbKeyCredentialModel.TYPE, device.key().getId(), device.key().data().getDeviceName(), "removed-in-app")
                .withPublicKey(device.key().data().getPublicKey()));
        new EventBuilder(realm, session, session.getContext().getConnection())
                .event(EventType.REMOVE_CREDENTIAL).user(device.user())
                .detail(Details.CREDENTIAL_TYPE, IbKeyCredentialModel.TYPE)
                .detail(Details.CREDENTIAL_ID, device.key().getId())
                .detail(EventDetails.DEVICE_NAME, device.key().data().getDeviceName())
                .detail(Details.REASON, "removed_in_app")
                .success();
        AccountNotice.send(session, realm, device.user(), REMOVED_SUBJECT, REMOVED_BODY, device.user().getUsername(),
                device.key().data().getDeviceName());
        return new UserRemoved(device.user().getUsername(), Time.currentTime());
    }
}
