package dev.sls.ibkey.app;

import dev.sls.ibkey.protocol.api.ActivationResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The users one app holds (one app, many users) and the one app PIN that guards them all. */
final class AppUsers {

    private final List<IbKeyUser> users;

    AppUsers(List<IbKeyUser> users) {
        this.users = new ArrayList<>(users);
    }

    List<IbKeyUser> list() {
        return List.copyOf(users);
    }

    Optional<IbKeyUser> find(String realm, String username) {
        return users.stream().filter(u -> u.is(realm, username)).findFirst();
    }

    void remove(IbKeyUser user) {
        users.removeIf(u -> u.is(user.realm(), user.username()));
    }

    /** Whether this app already holds a user behind its app PIN: adding another then asks that PIN. */
    boolean hasAppPin() {
        return users.stream().map(IbKeyUser::encryptionKey).anyMatch(key -> key != null && key.pinProtected());
    }

    /**
     * "Add user": the app has one PIN guarding every user it holds, so a user is added (activated or transferred
     * in) only with the PIN the app already has, checked before anything is sent.
     */
    void checkAppPin(String pin) {
        Optional<AppEncryptionKey> guarded = users.stream().map(IbKeyUser::encryptionKey)
                .filter(key -> key != null && key.pinProtected()).findFirst();
        if (guarded.isEmpty()) {
            return;
        }
        try {
            guarded.get().unlock(pin);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("wrong PIN: this app already holds users, add another with the app PIN");
        }
    }

    /**
     * Keeps the user an activation or a transfer bound to this app (replacing an earlier key of the same user), with
     * the encryption key just sent: the server holds it also when it recognised the phone (it follows the app's key).
     */
    IbKeyUser remember(String server, String activationRealm, ActivationResponse response,
                       AppEncryptionKey encryption) {
        IbKeyUser user = remember(server, activationRealm, response).withEncryptionKey(encryption);
        users.set(users.indexOf(find(user.realm(), user.username()).orElseThrow()), user);
        return user;
    }

    private IbKeyUser remember(String server, String activationRealm, ActivationResponse response) {
        if (response.username() == null || response.deviceHandle() == null) {
            throw new IllegalStateException("the server's activation answer lacks the user name or credential id");
        }
        String realm = response.realm() == null ? activationRealm : response.realm();
        Optional<IbKeyUser> existing = find(realm, response.username());
        if (response.alreadyActive() && existing.isPresent()) {
            return existing.get();
        }
        IbKeyUser user = new IbKeyUser(server, realm, response.username(), response.deviceHandle(),
                response.ocraSuite(), response.ocraKey());
        existing.ifPresentOrElse(old -> users.set(users.indexOf(old), user), () -> users.add(user));
        return user;
    }
}
