package dev.sls.ibkey.app;

import dev.sls.ibkey.protocol.PasswordSeal;
import dev.sls.ibkey.protocol.TransferUri;
import dev.sls.ibkey.protocol.api.PasswordFetchRequest;
import dev.sls.ibkey.protocol.api.PushTokenUpdate;
import dev.sls.ibkey.protocol.api.PushTokenUpdated;
import dev.sls.ibkey.protocol.api.SealedPassword;
import dev.sls.ibkey.protocol.api.SignedAction;
import dev.sls.ibkey.protocol.api.TransferOffer;
import dev.sls.ibkey.protocol.api.UserRemoved;
import java.util.Optional;

/**
 * What {@link IbKeyApp} asks the server for one activated user, besides push login ({@link PushApprovals}): a new
 * push token, "Remove user", a transfer offer to a new phone, the password Client Services delivered; and the offline
 * response, which needs no network. Each has a {@code sign…} twin that builds the signed body without sending it.
 */
public abstract sealed class PhoneUserRequests permits PushApprovals {

    private final SignedPhoneRequests requests;

    PhoneUserRequests(DeviceSigner signer) {
        this.requests = new SignedPhoneRequests(signer);
    }

    /** The HTTP client the app uses, for sending hand-made requests. */
    public abstract DeviceApiClient apiClient();

    public abstract Optional<IbKeyUser> user(String realm, String username);

    /** Forgets the user on this app only (the server is not told; see {@link #removeUserAtServer}). */
    public abstract void removeUser(IbKeyUser user);

    /** Where notifications go from now on, sent with later activations. */
    abstract void pushTargetChanged(String provider, String token);

    SignedPhoneRequests requests() {
        return requests;
    }

    /**
     * The push token rotated (FCM and APNs tokens do): tells the server, for this user, where notifications go now,
     * and sends it with later activations. {@code provider} and {@code token} null: stop push, poll instead.
     */
    public PushTokenUpdated updatePushToken(IbKeyUser user, String provider, String token) {
        PushTokenUpdated updated = apiClient().updatePushToken(user, signPushTokenUpdate(user, provider, token));
        pushTargetChanged(provider, token);
        return updated;
    }

    /** The signed push-token update, not sent. */
    public PushTokenUpdate signPushTokenUpdate(IbKeyUser user, String provider, String token) {
        return requests.pushTokenUpdate(user, provider, token);
    }

    /**
     * "Remove user": the server retires this phone for the user at once, then the app forgets the user. The other
     * users on the app are untouched.
     */
    public UserRemoved removeUserAtServer(IbKeyUser user) {
        UserRemoved removed = apiClient().removeUser(user, signRemoveUser(user));
        removeUser(user);
        return removed;
    }

    /** The signed removal, not sent. */
    public SignedAction signRemoveUser(IbKeyUser user) {
        return requests.removeUser(user);
    }

    /** This phone offers its user to a new phone: what the QR code on its screen holds. */
    public TransferUri offerTransfer(IbKeyUser user) {
        TransferOffer offer = apiClient().offerTransfer(user, signTransferOffer(user));
        return new TransferUri(user.server(), user.realm(), offer.offer());
    }

    /** The signed transfer offer request, not sent. */
    public SignedAction signTransferOffer(IbKeyUser user) {
        return requests.transferOffer(user);
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
        SealedPassword sealed = apiClient().fetchPassword(user, signPasswordFetch(user));
        return PasswordInbox.open(keys, user, sealed);
    }

    /** The signed password fetch, not sent. */
    public PasswordFetchRequest signPasswordFetch(IbKeyUser user) {
        return requests.passwordFetch(user);
    }

    /**
     * The offline response to a challenge typed from the login page; no network. Spaces in the challenge are
     * ignored. When the user's suite takes the PIN, it is required; a wrong PIN gives a wrong response, as on the
     * real app.
     */
    public String respond(IbKeyUser user, String challenge, String pin) {
        return OfflineResponses.respond(user, challenge, pin);
    }
}
