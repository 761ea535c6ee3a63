package dev.sls.sharing;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.Optional;
import org.keycloak.credential.CredentialModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.provider.Provider;

/**
 * A physical device type as device sharing sees it, implemented by the device (SPI {@value SharableDeviceSpi#NAME})
 * so this capability names no device: whether the owner holds one now, the challenge it answers (the seeds' "security
 * element": challenge code or index numbers) and the check of what was typed for it, against the owner's credential.
 */
public interface SharableDevice extends Provider {

    /** The credential type, e.g. {@code sls-dscplus}. */
    String credentialType();

    /**
     * True for a device that adds users itself (IB Key: "Authenticate → Add user" in the app), which is never shared
     * through this procedure.
     */
    default boolean addsUsersInApp() {
        return false;
    }

    /** The person's active device of this type that could complete a login now (a blocked card is none). */
    Optional<CredentialModel> usable(KeycloakSession session, RealmModel realm, UserModel holder);

    /** Draws a new challenge for {@code device}. */
    Challenge challenge(KeycloakSession session, RealmModel realm, CredentialModel device);

    /**
     * Whether {@code form} answers {@code stored} (a {@link Challenge#stored()} drawn for {@code device}) with the
     * holder's device. Counts nothing: the caller decides whom a wrong answer is charged to.
     */
    boolean verify(KeycloakSession session, RealmModel realm, UserModel holder, CredentialModel device, String stored,
                   MultivaluedMap<String, String> form);

    @Override
    default void close() {
        // devices hold nothing per session
    }

    /**
     * A challenge as a page shows it.
     *
     * @param stored      what to keep in the authentication session to check the answer (never a secret)
     * @param promptKey   message key of the sentence above the challenge (e.g. "Index numbers:")
     * @param shown       what the person reads: the challenge code, or each index number
     * @param fields      the form fields to type the answer into, each with its label
     */
    record Challenge(String stored, String promptKey, List<String> shown, List<Field> fields) {

        public Challenge {
            shown = List.copyOf(shown);
            fields = List.copyOf(fields);
        }

    }

    /** One input: its name, the message key of its label and the label's argument. */
    record Field(String name, String labelKey, String labelArgument) {
    }
}
