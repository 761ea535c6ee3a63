package dev.sls.settings;

import java.util.List;
import java.util.Optional;
import org.keycloak.credential.CredentialModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.provider.Provider;

/**
 * What a capability says about one of a person's devices on the settings page: its state when it is not simply
 * {@value DeviceRow#ACTIVE} (e.g. sharing: {@value DeviceRow#SUSPENDED_SHARED} for a device suspended while the person
 * uses another user's shared device), how to show a credential that stands for another device (the shared device is
 * the owner's DSC+, with its level), and devices on their way that are no credential yet (a share awaiting approval).
 * Registered as a provider of the SPI {@value DeviceStateRuleSpi#NAME}; the first rule with an answer wins.
 */
public interface DeviceStateRule extends Provider {

    /** The device's state, one of {@link DeviceRow#STATES}, or empty when this rule has nothing to say. */
    Optional<String> stateOf(KeycloakSession session, RealmModel realm, UserModel user, CredentialModel device);

    /** How the page names {@code device} when this rule stands behind it, or empty to show it as it is. */
    default Optional<Shown> shown(KeycloakSession session, RealmModel realm, UserModel user, CredentialModel device) {
        return Optional.empty();
    }

    /** Devices on their way that are no credential yet; the page lists them {@value DeviceRow#PENDING}. */
    default List<Shown> pending(KeycloakSession session, RealmModel realm, UserModel user) {
        return List.of();
    }

    /**
     * Whether a device of {@code credentialType} is set up through this rule's own settings box rather than a "set up"
     * button (the shared device comes from the sharing procedure).
     */
    default boolean setUpInItsBox(String credentialType) {
        return false;
    }

    @Override
    default void close() {
        // rules hold nothing per session
    }

    /**
     * A device as the page names it.
     *
     * @param type      the credential type the row stands for (e.g. {@code sls-shared-device})
     * @param nameKey   message key of its name (e.g. "Shared DSC+")
     * @param detail    what to add after the name (e.g. the owner masked), may be null; never a secret
     * @param levelType the credential type whose level the row shows (the owner's device type for a shared device)
     */
    record Shown(String type, String nameKey, String detail, String levelType) {
    }
}
