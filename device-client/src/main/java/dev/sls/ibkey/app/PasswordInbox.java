package dev.sls.ibkey.app;

import dev.sls.ibkey.protocol.PasswordSeal;
import dev.sls.ibkey.protocol.api.SealedPassword;
import java.nio.charset.StandardCharsets;

/** Opens a sealed password from Client Services with the user's encryption key. */
final class PasswordInbox {

    private PasswordInbox() {
    }

    /**
     * @throws IllegalStateException when the answer is not sealed to this user's key with the suite the app knows
     *                               (it was fetched, so it is gone: Client Services must send a new one)
     */
    static String open(PasswordSeal.KeyPair keys, IbKeyUser user, SealedPassword sealed) {
        if (!PasswordSeal.SUITE.equals(sealed.suite())) {
            throw new IllegalStateException("the password is sealed with " + sealed.suite() + ", which this app does"
                    + " not know; ask Client Services for a new one");
        }
        try {
            byte[] opened = PasswordSeal.open(keys, PasswordSeal.info(user.realm(), user.username()),
                    sealed.deliveryId().getBytes(StandardCharsets.UTF_8),
                    new PasswordSeal.Sealed(PasswordSeal.decode(sealed.enc()), PasswordSeal.decode(sealed.ciphertext())));
            return new String(opened, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalStateException("the password does not open with this app's key (it was sealed for"
                    + " another phone or altered); ask Client Services for a new one");
        }
    }
}
